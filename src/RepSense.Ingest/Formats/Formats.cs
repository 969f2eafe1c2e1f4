using System.Text.RegularExpressions;
using RepSense.Ingest.Units;
using static RepSense.Ingest.Formats.FormatColumn;

namespace RepSense.Ingest.Formats;

/// <summary>
/// Every recorder format RepSense reads, as data. The headers, units and quirks are those of the real exports
/// described in ../shared/formats/README.md. <see cref="All"/> is the order detection tries them in: specific
/// formats first, the generic CSV last.
/// </summary>
public static class Formats
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly char[] PhoneLocaleSeparators = [',', '\t', ';'];
    private const AccelerationUnit G = AccelerationUnit.G;
    private const AccelerationUnit Ms2 = AccelerationUnit.MetersPerSecondSquared;
    private const RotationRateUnit RadS = RotationRateUnit.RadiansPerSecond;
    private const RotationRateUnit Dps = RotationRateUnit.DegreesPerSecond;

    private static Regex FileNamed(string name) => new($"^{Regex.Escape(name)}$", Options);

    // phyphox: every header cell quoted, E notation, the delimiter and decimal mark the export dialog chose
    // (comma/point, tab/point, semicolon/point, tab/comma, semicolon/comma). Time is experiment time: pauses are cut out.

    public static RecorderFormat PhyphoxAcceleration { get; } = new()
    {
        Name = "phyphox Acceleration (with g)",
        Family = RecorderFamily.Phyphox,
        Time = TimeKind.ElapsedSeconds,
        Acceleration = AccelerationKind.IncludesGravity,
        Separators = PhoneLocaleSeparators,
        DecimalMark = DecimalMark.Detect,
        Columns =
        [
            Time("Time (s)"),
            Acceleration(Axis.X, "Acceleration x (m/s^2)", Ms2),
            Acceleration(Axis.Y, "Acceleration y (m/s^2)", Ms2),
            Acceleration(Axis.Z, "Acceleration z (m/s^2)", Ms2),
            Signature("Absolute acceleration (m/s^2)", optional: true),
        ],
    };

    public static RecorderFormat PhyphoxLinearAcceleration { get; } = PhyphoxAcceleration with
    {
        Name = "phyphox Linear Acceleration (without g)",
        Acceleration = AccelerationKind.GravityRemoved,
        Columns =
        [
            Time("Time (s)"),
            Acceleration(Axis.X, "Linear Acceleration x (m/s^2)", Ms2),
            Acceleration(Axis.Y, "Linear Acceleration y (m/s^2)", Ms2),
            Acceleration(Axis.Z, "Linear Acceleration z (m/s^2)", Ms2),
            Signature("Absolute acceleration (m/s^2)", optional: true),
        ],
    };

    /// <summary>One file per sensor in a multi-sensor experiment: plain X/Y/Z, no absolute column, gravity included.</summary>
    public static RecorderFormat PhyphoxAccelerometer { get; } = PhyphoxAcceleration with
    {
        Name = "phyphox Accelerometer (multi-sensor)",
        Columns =
        [
            Time("Time (s)"),
            Acceleration(Axis.X, "X (m/s^2)", Ms2),
            Acceleration(Axis.Y, "Y (m/s^2)", Ms2),
            Acceleration(Axis.Z, "Z (m/s^2)", Ms2),
        ],
    };

    /// <summary>The multi-sensor Gyroscope.csv (<c>X (rad/s)</c>) or the gyroscope experiment (<c>Gyroscope x (rad/s)</c>).</summary>
    public static RecorderFormat PhyphoxGyroscope { get; } = PhyphoxAcceleration with
    {
        Name = "phyphox Gyroscope",
        Columns =
        [
            Time("Time (s)"),
            Matching(ColumnMeaning.RotationRate, Axis.X, "X (rad/s)", @"(Gyroscope )?x \(rad/s\)", rotationRateUnit: RadS),
            Matching(ColumnMeaning.RotationRate, Axis.Y, "Y (rad/s)", @"(Gyroscope )?y \(rad/s\)", rotationRateUnit: RadS),
            Matching(ColumnMeaning.RotationRate, Axis.Z, "Z (rad/s)", @"(Gyroscope )?z \(rad/s\)", rotationRateUnit: RadS),
            Signature("Absolute (rad/s)", optional: true),
        ],
    };

    // Sensor Logger (Kelvin Choi): one file per sensor, all phone files share the header time,seconds_elapsed,z,y,x
    // (reversed axis order, m/s², rad/s), so the file name tells which sensor it is. time is Unix epoch nanoseconds.

    private static IReadOnlyList<FormatColumn> SensorLoggerPhoneAcceleration =>
    [
        Time("time"),
        Signature("seconds_elapsed"),
        Acceleration(Axis.Z, "z", Ms2),
        Acceleration(Axis.Y, "y", Ms2),
        Acceleration(Axis.X, "x", Ms2),
    ];

    /// <summary>Android's raw accelerometer, gravity included (iOS has no such file).</summary>
    public static RecorderFormat SensorLoggerTotalAcceleration { get; } = new()
    {
        Name = "Sensor Logger TotalAcceleration",
        Family = RecorderFamily.SensorLogger,
        FileName = FileNamed("TotalAcceleration.csv"),
        Time = TimeKind.UnixNanoseconds,
        Acceleration = AccelerationKind.IncludesGravity,
        Columns = SensorLoggerPhoneAcceleration,
    };

    /// <summary>User acceleration: gravity removed, on Android and iOS.</summary>
    public static RecorderFormat SensorLoggerAccelerometer { get; } = SensorLoggerTotalAcceleration with
    {
        Name = "Sensor Logger Accelerometer",
        FileName = FileNamed("Accelerometer.csv"),
        Acceleration = AccelerationKind.GravityRemoved,
    };

    public static RecorderFormat SensorLoggerGravity { get; } = SensorLoggerTotalAcceleration with
    {
        Name = "Sensor Logger Gravity",
        FileName = FileNamed("Gravity.csv"),
        Acceleration = AccelerationKind.GravityVector,
    };

    public static RecorderFormat SensorLoggerGyroscope { get; } = SensorLoggerTotalAcceleration with
    {
        Name = "Sensor Logger Gyroscope",
        FileName = FileNamed("Gyroscope.csv"),
        Columns =
        [
            Time("time"),
            Signature("seconds_elapsed"),
            RotationRate(Axis.Z, "z", RadS),
            RotationRate(Axis.Y, "y", RadS),
            RotationRate(Axis.X, "x", RadS),
        ],
    };

    /// <summary>Apple Watch device motion: gravity and user acceleration in g (standardisation off), summed per axis
    /// into total acceleration; rotation rate in rad/s. Apps before 1.44 write no pitch/roll/yaw.</summary>
    public static RecorderFormat SensorLoggerWristMotion { get; } = new()
    {
        Name = "Sensor Logger WristMotion (Apple Watch)",
        Family = RecorderFamily.SensorLogger,
        Time = TimeKind.UnixNanoseconds,
        Acceleration = AccelerationKind.IncludesGravity,
        Columns =
        [
            Time("time"),
            Signature("seconds_elapsed"),
            RotationRate(Axis.X, "rotationRateX", RadS),
            RotationRate(Axis.Y, "rotationRateY", RadS),
            RotationRate(Axis.Z, "rotationRateZ", RadS),
            Acceleration(Axis.X, "gravityX", G),
            Acceleration(Axis.Y, "gravityY", G),
            Acceleration(Axis.Z, "gravityZ", G),
            Acceleration(Axis.X, "accelerationX", G),
            Acceleration(Axis.Y, "accelerationY", G),
            Acceleration(Axis.Z, "accelerationZ", G),
        ],
    };

    /// <summary>The watch's raw accelerometer: x,y,z order (unlike the phone), in g.</summary>
    public static RecorderFormat SensorLoggerWatchAccelerometer { get; } = new()
    {
        Name = "Sensor Logger WatchAccelerometerUncalibrated",
        Family = RecorderFamily.SensorLogger,
        FileName = new Regex(@"^WatchAccelerometer(Uncalibrated)?\.csv$", Options),
        Time = TimeKind.UnixNanoseconds,
        Acceleration = AccelerationKind.IncludesGravity,
        Columns =
        [
            Time("time"),
            Signature("seconds_elapsed"),
            Acceleration(Axis.X, "x", G),
            Acceleration(Axis.Y, "y", G),
            Acceleration(Axis.Z, "z", G),
        ],
    };

    /// <summary>A Sensor Logger file under a name the app did not give it (renamed, or piped to <c>live</c>), known by
    /// its header alone. Time and axes are read as in the named files (time in epoch nanoseconds, axes by name), but
    /// the sensor, and so the unit of x, y and z, went with the name: --units must say it, and the file is read as
    /// acceleration with gravity, like TotalAcceleration. Not tried in a folder or .zip, whose files keep the names
    /// the app gave them (there Magnetometer.csv, with the same header, must not pass for acceleration).</summary>
    public static RecorderFormat SensorLoggerRenamed { get; } = new()
    {
        Name = "Sensor Logger file under another name (read as acceleration in the --units unit)",
        Family = RecorderFamily.SensorLogger,
        ForRenamedFile = true,
        Time = TimeKind.UnixNanoseconds,
        Acceleration = AccelerationKind.IncludesGravity,
        UnstatedUnitAdvice =
            "the unit of x, y and z is not in the header time,seconds_elapsed,z,y,x: Sensor Logger writes that header " +
            "for several sensors, and only the file name tells them apart (TotalAcceleration.csv, Accelerometer.csv and " +
            "Gravity.csv hold m/s², Gyroscope.csv rad/s, the watch's WatchAccelerometerUncalibrated.csv, in x,y,z order, " +
            "g); give a file its Sensor Logger name back, or, for acceleration (in a file or on stdin), pass --units ms2 " +
            "(g for the watch's)",
        Columns =
        [
            Time("time"),
            Signature("seconds_elapsed"),
            Matching(ColumnMeaning.Acceleration, Axis.Z, "z", "z"),
            Matching(ColumnMeaning.Acceleration, Axis.Y, "y", "y"),
            Matching(ColumnMeaning.Acceleration, Axis.X, "x", "x"),
        ],
    };

    // MetaWear / MetaMotion (MetaBase): one file per sensor at its own rate, named
    // <session>_MetaWear_<start>_<MAC>_<Sensor>_<rate>Hz_<firmware>.csv; the time column's name carries the UTC offset.

    private static readonly Regex MetaWearRate = new(@"_(?<hz>[0-9]+(?:\.[0-9]+)?)Hz_", Options);

    public static RecorderFormat MetaWearAccelerometer { get; } = new()
    {
        Name = "MetaWear accelerometer",
        Family = RecorderFamily.MetaWear,
        Time = TimeKind.UnixMilliseconds,
        Acceleration = AccelerationKind.IncludesGravity,
        RateInFileName = MetaWearRate,
        Companion = new CompanionFile(new Regex(@"^(?<stem>.*)_Accelerometer_[0-9.]+Hz_(?<tail>.*)$", Options),
            "${stem}_Gyroscope_*Hz_${tail}"),
        Columns =
        [
            Time("epoch (ms)"),
            Matching(ColumnMeaning.Signature, default, "time (01:00)", @"time \([^)]*\)"),
            Signature("elapsed (s)"),
            Acceleration(Axis.X, "x-axis (g)", G),
            Acceleration(Axis.Y, "y-axis (g)", G),
            Acceleration(Axis.Z, "z-axis (g)", G),
        ],
    };

    public static RecorderFormat MetaWearGyroscope { get; } = MetaWearAccelerometer with
    {
        Name = "MetaWear gyroscope",
        Companion = new CompanionFile(new Regex(@"^(?<stem>.*)_Gyroscope_[0-9.]+Hz_(?<tail>.*)$", Options),
            "${stem}_Accelerometer_*Hz_${tail}"),
        Columns =
        [
            Time("epoch (ms)"),
            Matching(ColumnMeaning.Signature, default, "time (01:00)", @"time \([^)]*\)"),
            Signature("elapsed (s)"),
            RotationRate(Axis.X, "x-axis (deg/s)", Dps),
            RotationRate(Axis.Y, "y-axis (deg/s)", Dps),
            RotationRate(Axis.Z, "z-axis (deg/s)", Dps),
        ],
    };

    // Physics Toolbox Sensor Suite: the phone's locale decides the delimiter and decimal mark.

    /// <summary>g-Force meter: g including gravity, <c>TgF</c> the magnitude, time a dateless <c>HH:MM:SS:ffff</c>
    /// wall clock (the date is only in the file name).</summary>
    public static RecorderFormat PhysicsToolboxGForce { get; } = new()
    {
        Name = "Physics Toolbox g-Force",
        Family = RecorderFamily.PhysicsToolbox,
        Time = TimeKind.WallClock,
        DateInFileName = new Regex(@"^(?<date>\d{4}-\d{2}-\d{2})\d{2}\.\d{2}\.\d{2}", Options),
        Acceleration = AccelerationKind.IncludesGravity,
        Separators = [';', ','],
        DecimalMark = DecimalMark.Detect,
        Columns =
        [
            Time("time"),
            Acceleration(Axis.X, "gFx", G),
            Acceleration(Axis.Y, "gFy", G),
            Acceleration(Axis.Z, "gFz", G),
            Signature("TgF", optional: true),
        ],
    };

    /// <summary>Linear accelerometer: m/s² without gravity, seconds from the start (repeated timestamps are common).</summary>
    public static RecorderFormat PhysicsToolboxLinearAcceleration { get; } = PhysicsToolboxGForce with
    {
        Name = "Physics Toolbox Linear Accelerometer",
        Time = TimeKind.ElapsedSeconds,
        Acceleration = AccelerationKind.GravityRemoved,
        Columns =
        [
            Time("time"),
            Acceleration(Axis.X, "ax", Ms2),
            Acceleration(Axis.Y, "ay", Ms2),
            Acceleration(Axis.Z, "az", Ms2),
            Signature("aT"),
        ],
    };

    /// <summary>SensorLog (iOS, Bernd Thomas): many sensors per row, found by name; acceleration in g with gravity,
    /// gyroscope in rad/s when it was logged. Names may or may not carry the unit in parentheses.</summary>
    public static RecorderFormat SensorLog { get; } = new()
    {
        Name = "SensorLog (iOS)",
        Family = RecorderFamily.SensorLog,
        Time = TimeKind.ElapsedSeconds,
        Acceleration = AccelerationKind.IncludesGravity,
        Separators = [',', ';', '\t', '|'],
        Columns =
        [
            Matching(ColumnMeaning.Signature, default, "loggingTime(txt)", @"loggingTime(\(txt\))?", optional: true),
            Matching(ColumnMeaning.Time, default, "accelerometerTimestamp_sinceReboot(s)", @"accelerometerTimestamp_sinceReboot(\(s\))?"),
            Matching(ColumnMeaning.Acceleration, Axis.X, "accelerometerAccelerationX(G)", @"accelerometerAccelerationX(\(G\))?", accelerationUnit: G),
            Matching(ColumnMeaning.Acceleration, Axis.Y, "accelerometerAccelerationY(G)", @"accelerometerAccelerationY(\(G\))?", accelerationUnit: G),
            Matching(ColumnMeaning.Acceleration, Axis.Z, "accelerometerAccelerationZ(G)", @"accelerometerAccelerationZ(\(G\))?", accelerationUnit: G),
            Matching(ColumnMeaning.RotationRate, Axis.X, "gyroRotationX(rad/s)", @"gyroRotationX(\(rad/s\))?", rotationRateUnit: RadS, optional: true),
            Matching(ColumnMeaning.RotationRate, Axis.Y, "gyroRotationY(rad/s)", @"gyroRotationY(\(rad/s\))?", rotationRateUnit: RadS, optional: true),
            Matching(ColumnMeaning.RotationRate, Axis.Z, "gyroRotationZ(rad/s)", @"gyroRotationZ(\(rad/s\))?", rotationRateUnit: RadS, optional: true),
        ],
    };

    // Polar Sensor Logger: ';'-separated .txt, milli-g integers, two clocks (phone local ISO time and the sensor's
    // nanoseconds since 2000-01-01); the sensor clock is the regular one.

    public static RecorderFormat PolarAccelerometer { get; } = new()
    {
        Name = "Polar Sensor Logger ACC",
        Family = RecorderFamily.PolarSensorLogger,
        Time = TimeKind.SensorNanoseconds,
        Acceleration = AccelerationKind.IncludesGravity,
        Separators = [';'],
        Companion = new CompanionFile(new Regex(@"^(?<stem>.*)_ACC\.txt$", Options), "${stem}_GYRO.txt"),
        Columns =
        [
            Signature("Phone timestamp"),
            Time("sensor timestamp [ns]"),
            Acceleration(Axis.X, "X [mg]", AccelerationUnit.MilliG),
            Acceleration(Axis.Y, "Y [mg]", AccelerationUnit.MilliG),
            Acceleration(Axis.Z, "Z [mg]", AccelerationUnit.MilliG),
        ],
    };

    public static RecorderFormat PolarGyroscope { get; } = PolarAccelerometer with
    {
        Name = "Polar Sensor Logger GYRO",
        Companion = new CompanionFile(new Regex(@"^(?<stem>.*)_GYRO\.txt$", Options), "${stem}_ACC.txt"),
        Columns =
        [
            Signature("Phone timestamp"),
            Time("sensor timestamp [ns]"),
            RotationRate(Axis.X, "X [dps]", Dps),
            RotationRate(Axis.Y, "Y [dps]", Dps),
            RotationRate(Axis.Z, "Z [dps]", Dps),
        ],
    };

    /// <summary>ActiGraph ActiLife RAW CSV: ten preamble lines (the first names the rate), then g with gravity and
    /// no time column, unless the export added a Timestamp column, which is not needed.</summary>
    public static RecorderFormat ActiGraphRaw { get; } = new()
    {
        Name = "ActiGraph ActiLife RAW CSV",
        Family = RecorderFamily.ActiGraph,
        Time = TimeKind.RowIndex,
        Acceleration = AccelerationKind.IncludesGravity,
        Preamble = new Preamble(10, new Regex(@"Data File Created By ActiGraph", Options),
            new Regex(@"\bat (?<hz>[0-9]+(?:\.[0-9]+)?) Hz", Options),
            [
                new Regex(@"date format (?<format>[dMy/.-]+)", Options),
                new Regex(@"^Start Date (?<date>\S+)", Options),
                new Regex(@"^Start Time (?<time>\S+)", Options),
            ]),
        Columns =
        [
            Signature("Timestamp", optional: true),
            Acceleration(Axis.X, "Accelerometer X", G),
            Acceleration(Axis.Y, "Accelerometer Y", G),
            Acceleration(Axis.Z, "Accelerometer Z", G),
        ],
    };

    // Generic CSV: a time column and three acceleration columns, optionally three gyroscope columns, with the unit
    // after the name (t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps, the layout of ../shared/data and the simulator) or
    // given by --units / --time-unit.

    private const string UnitSuffix = @"(?:[ _-]*[(\[](?<unit>[^)\]]+)[)\]]|[ _-]+(?<unit>[a-z0-9/^²°_]+))?";
    private const string AccelerationPrefix = @"(?:(?:acceleration|accel|acc|a)[ _-]?)?";
    private const string RotationPrefix = @"(?:gyroscope|gyro|gyr|g|rotationrate|rotation_rate|rot|w)[ _-]?";

    public static RecorderFormat Generic { get; } = new()
    {
        Name = "generic CSV",
        Family = RecorderFamily.Generic,
        Time = TimeKind.ElapsedFromHeader,
        Acceleration = AccelerationKind.IncludesGravity,
        Separators = [',', ';', '\t'],
        DecimalMark = DecimalMark.Detect,
        Columns =
        [
            Matching(ColumnMeaning.Time, default, "t_s", @"(?:timestamp|time|t|elapsed)" + UnitSuffix),
            Matching(ColumnMeaning.Acceleration, Axis.X, "ax_g", AccelerationPrefix + "x" + UnitSuffix),
            Matching(ColumnMeaning.Acceleration, Axis.Y, "ay_g", AccelerationPrefix + "y" + UnitSuffix),
            Matching(ColumnMeaning.Acceleration, Axis.Z, "az_g", AccelerationPrefix + "z" + UnitSuffix),
            Matching(ColumnMeaning.RotationRate, Axis.X, "gx_dps", RotationPrefix + "x" + UnitSuffix, optional: true),
            Matching(ColumnMeaning.RotationRate, Axis.Y, "gy_dps", RotationPrefix + "y" + UnitSuffix, optional: true),
            Matching(ColumnMeaning.RotationRate, Axis.Z, "gz_dps", RotationPrefix + "z" + UnitSuffix, optional: true),
        ],
    };

    /// <summary>Every format, in detection order: the first whose rule matches a file is its format. A format that
    /// stands in for renamed files comes after the formats it stands in for.</summary>
    public static IReadOnlyList<RecorderFormat> All { get; } =
    [
        PhyphoxAcceleration,
        PhyphoxLinearAcceleration,
        PhyphoxAccelerometer,
        PhyphoxGyroscope,
        SensorLoggerTotalAcceleration,
        SensorLoggerAccelerometer,
        SensorLoggerGravity,
        SensorLoggerGyroscope,
        SensorLoggerWristMotion,
        SensorLoggerWatchAccelerometer,
        SensorLoggerRenamed,
        MetaWearAccelerometer,
        MetaWearGyroscope,
        PhysicsToolboxGForce,
        PhysicsToolboxLinearAcceleration,
        SensorLog,
        PolarAccelerometer,
        PolarGyroscope,
        ActiGraphRaw,
        Generic,
    ];
}
