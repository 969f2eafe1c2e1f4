using System.Reactive.Linq;
using static RepSense.Ingest.Tests.Fixtures;

namespace RepSense.Ingest.Tests;

/// <summary>
/// Input that cannot be used fails with one sentence naming the file (and line and column) and what was expected
/// and found: at open for what the header shows, while streaming for what a row shows. Nothing else escapes.
/// </summary>
public class BadInputTests
{
    /// <param name="FileName">Name of the temporary file.</param>
    /// <param name="Content">Its exact content.</param>
    /// <param name="MessageParts">Text the message must contain.</param>
    public sealed record Failure(string FileName, string Content, params string[] MessageParts);

    private static readonly Dictionary<string, Failure> OpenFailures = new()
    {
        ["empty file"] = new("empty.csv", "", "empty.csv is empty", "expected a header row"),
        ["blank lines only"] = new("blank.csv", "\n\n  \n", "blank.csv is empty"),
        ["unknown header"] = new("log.csv", "Date,Exercise,Reps\n2024-01-01,Squat,5\n",
            "log.csv: the header matches no supported format", "header seen: \"Date,Exercise,Reps\"",
            "phyphox Acceleration (with g)", "Sensor Logger TotalAcceleration", "MetaWear accelerometer",
            "Physics Toolbox g-Force", "SensorLog (iOS)", "Polar Sensor Logger ACC", "ActiGraph ActiLife RAW CSV",
            "a generic CSV (t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps, units in the header or given with --units and --time-unit)"),
        ["header without samples"] = new("header.csv", "t_s,ax_g,ay_g,az_g\n", "header.csv has a header but no samples"),
        ["generic columns without units"] = new("nounits.csv", "time,ax,ay,az\n0,0,0,1\n",
            "nounits.csv", "\"ax\" does not say its unit", "--units g|ms2"),
        ["unknown acceleration unit"] = new("kg.csv", "t_s,ax_kg,ay_kg,az_kg\n0,0,0,1\n", "kg.csv", "names the unit \"kg\"", "g, mg or ms2"),
        ["unknown rotation-rate unit"] = new("rpm.csv", "t_s,ax_g,ay_g,az_g,gx_rpm,gy_rpm,gz_rpm\n0,0,0,1,0,0,0\n",
            "rpm.csv: the rotation-rate column \"gx_rpm\" names the unit \"rpm\", which is neither dps (deg/s) nor rads (rad/s)."),
        ["rotation rate without a unit"] = new("gyro.csv", "t_s,ax_g,ay_g,az_g,gx,gy,gz\n0,0,0,1,0,0,0\n",
            "gyro.csv: the rotation-rate column \"gx\" does not say its unit; name the columns like gx_dps or gx_rads."),
        ["unknown time unit"] = new("minutes.csv", "t_min,ax_g,ay_g,az_g\n0,0,0,1\n", "names the unit \"min\"", "s, ms or ns"),
        ["gravity file alone"] = new("Gravity.csv", "time,seconds_elapsed,z,y,x\n1700000000000000000,0.1,9.8,0,0\n",
            "Sensor Logger Gravity file", "gravity vector alone", "open the recording's folder"),
        ["preamble without a rate"] = new("raw.csv",
            "------------ Data File Created By ActiGraph GT3X+ ActiLife v6.13.4 Firmware v2.5.0 date format M/d/yyyy -----------\n" +
            "a\nb\nc\nd\ne\nf\ng\nh\n----------\nAccelerometer X,Accelerometer Y,Accelerometer Z\n0,0,-1\n",
            "raw.csv: ActiGraph ActiLife RAW CSV has no time column, so its sample rate must be in the first line"),
        ["a sample rate of 0 Hz in the first line"] = new("zero.csv",
            "------------ Data File Created By ActiGraph GT3X+ ActiLife v6.13.4 Firmware v2.5.0 date format M/d/yyyy at 0 Hz  Filter Normal -----------\n" +
            "a\nb\nc\nd\ne\nf\ng\nh\n----------\nAccelerometer X,Accelerometer Y,Accelerometer Z\n0,0,-1\n",
            "zero.csv: ActiGraph ActiLife RAW CSV has no time column, so its sample rate must be in the first line"),
        ["no usable first rows"] = new("nan.csv", "t_s,ax_g,ay_g,az_g\nNaN,0,0,1\n0.01,,0,1\n",
            "nan.csv: none of the first 2 data rows holds a complete sample"),
        ["decimal commas with a comma delimiter"] = new("commas.csv", "t_s,ax_g,ay_g,az_g\n0,00,0,12,-0,05,0,98\n0,02,0,13,-0,04,0,97\n",
            "commas.csv:2: expected 4 fields as in the header, found 8 (\"0,00,0,12,-0,05,0,98\")",
            "seems to use decimal commas with a comma delimiter, which cannot be read unambiguously"),
    };

    private static readonly Dictionary<string, Failure> StreamFailures = new()
    {
        ["malformed number"] = new("bad.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,0,0.1.2,1\n0.02,0,0,1\n",
            "bad.csv:3:3: expected a number in column 3 (\"ay_g\"), found \"0.1.2\"."),
        ["malformed time"] = new("time.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\nnoon,0,0,1\n0.02,0,0,1\n",
            "time.csv:3:1: expected a number in column 1 (\"t_s\"), found \"noon\""),
        ["malformed wall clock"] = new("2024-01-0110.00.00.csv", "time;gFx;gFy;gFz;TgF\n10:00:00:0000;0,1;0,1;0,9;1\n10:00:61;0,1;0,1;0,9;1\n10:00:00:0020;0,1;0,1;0,9;1\n",
            "2024-01-0110.00.00.csv:3:1: expected a time of day like 11:41:59:3050 in column 1 (\"time\"), found \"10:00:61\""),
        ["decimal comma in a decimal-point file"] = new("semi.csv", "t_s;ax_g;ay_g;az_g\n0;0;0;1\n0.01;0,5;0;1\n0.02;0;0;1\n",
            "semi.csv:3:2:", "found \"0,5\"", "a decimal comma, where this file writes a decimal point"),
        ["a row with more fields than the header"] = new("extra.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,0,0,1,0.5\n0.02,0,0,1\n",
            "extra.csv:3: expected 4 fields as in the header, found 5 (\"0.01,0,0,1,0.5\")."),
        ["more fields on the last line"] = new("last.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,0,0,1\n0.02,0,0,1,0.5\n",
            "last.csv:4: expected 4 fields as in the header, found 5"),
        ["decimal commas split by a comma delimiter after good rows"] = new("later.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,0,0,1\n0,02,0,13,-0,04,0,97\n",
            "later.csv:4: expected 4 fields as in the header, found 8", "decimal commas with a comma delimiter"),
        ["malformed integer timestamp"] = new("Accelerometer.csv", "time,seconds_elapsed,z,y,x\n1700000000000000000,0.1,0,0,0\n1.7e18,0.2,0,0,0\n1700000000020000000,0.3,0,0,0\n",
            "Accelerometer.csv:3:1: expected a whole-number timestamp in column 1 (\"time\"), found \"1.7e18\""),
    };

    public static TheoryData<string> OpenFailure => new(OpenFailures.Keys);
    public static TheoryData<string> StreamFailure => new(StreamFailures.Keys);

    [Theory]
    [MemberData(nameof(OpenFailure))]
    public void Open_fails_with_a_sentence_naming_the_file_and_the_problem(string name)
    {
        var failure = OpenFailures[name];
        using var temp = new TempFolder();
        string path = temp.Write(failure.FileName, failure.Content);

        var error = Assert.ThrowsAny<RepSenseException>(() => Recording.Open(path));

        foreach (var part in failure.MessageParts) Assert.Contains(part, error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Theory]
    [MemberData(nameof(StreamFailure))]
    public void Streaming_fails_at_the_bad_row_with_file_line_column_and_the_text_found(string name)
    {
        var failure = StreamFailures[name];
        using var temp = new TempFolder();
        string path = temp.Write(failure.FileName, failure.Content);
        var recording = Recording.Open(path);

        var error = Assert.Throws<RepSenseException>(() => recording.Samples.ToList().Wait());

        foreach (var part in failure.MessageParts) Assert.Contains(part, error.Message);
    }

    [Fact]
    public void A_row_with_one_extra_field_gets_no_decimal_comma_hint()
    {
        using var temp = new TempFolder();
        var recording = Recording.Open(temp.Write("extra.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,0,0,1,0.5\n"));

        var error = Assert.Throws<RepSenseException>(() => recording.Samples.ToList().Wait());

        Assert.DoesNotContain("decimal comma", error.Message);
    }

    [Theory]
    [InlineData(true, "it holds NUL bytes")]
    [InlineData(false, "characters are control characters or bytes that are not UTF-8")]
    public void Binary_file_is_refused_as_not_text_without_echoing_its_bytes(bool withNul, string reason)
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        if (!withNul) bytes = [.. bytes.Select(b => b == 0 ? (byte)1 : b)];
        using var temp = new TempFolder();
        string path = System.IO.Path.Combine(temp.Root, "session.csv");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(path));

        Assert.StartsWith($"{path}: not a text file (", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain("supported formats are", error.Message);
        Assert.DoesNotContain(error.Message, c => char.IsControl(c) || c == '\uFFFD');
    }

    [Fact]
    public void UTF16_text_is_refused_as_not_read()
    {
        using var temp = new TempFolder();
        string path = System.IO.Path.Combine(temp.Root, "excel.csv");
        File.WriteAllText(path, "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,0,0,1\n", System.Text.Encoding.Unicode);

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(path));

        Assert.StartsWith($"{path}: not a text file (", error.Message);
        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public void Control_characters_of_an_unknown_header_are_escaped_in_the_message()
    {
        using var temp = new TempFolder();
        string path = temp.Write("odd.csv", "time\u001b[2J,b\tc,d,e,f,g,h\n1,2,3,4,5,6,7\n");

        var error = Assert.Throws<UnknownFormatException>(() => Recording.Open(path));

        Assert.Contains(@"header seen: ""time\u001B[2J,b\tc,d,e,f,g,h""", error.Message);
        Assert.DoesNotContain(error.Message, char.IsControl);
    }

    [Fact]
    public void Missing_path_is_named()
    {
        var error = Assert.Throws<RepSenseException>(() => Recording.Open("/no/such/recording.csv"));
        Assert.Equal("/no/such/recording.csv does not exist: expected a recording file, a folder or a .zip export.", error.Message);
    }

    [Fact]
    public void Gyroscope_file_without_its_accelerometer_is_refused()
    {
        using var temp = new TempFolder();
        string name = "S-row-heavy_MetaWear_2024-01-01T11.00.00.000_AABBCCDDEEFF_Gyroscope_25.000Hz_1.4.4.csv";
        File.Copy(Path("metawear/" + name), System.IO.Path.Combine(temp.Root, name));

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(System.IO.Path.Combine(temp.Root, name)));

        Assert.Contains("is a MetaWear gyroscope file, which holds rotation rate but no acceleration", error.Message);
    }

    [Fact]
    public void Folder_without_a_recording_lists_what_it_looked_at()
    {
        using var temp = new TempFolder();
        temp.Write("notes.txt", "leg day\n");
        temp.Write("workouts.csv", "Date,Exercise,Reps\n2024-01-01,Squat,5\n");

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(temp.Root));

        Assert.Contains("holds no file of a supported format (2 files looked at; for example ", error.Message);
        Assert.Contains("the header matches no supported format", error.Message);
        Assert.Contains("supported formats are", error.Message);
    }

    [Fact]
    public void Folder_of_files_from_different_recorders_names_one_of_each_and_asks_for_one_file()
    {
        using var temp = new TempFolder();
        temp.CopyFilesOf(Path("metawear"));
        temp.CopyFilesOf(Path("polar"));

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(temp.Root));

        Assert.Contains("mixes files of different recorders (", error.Message);
        Assert.Contains(": S-row-heavy_MetaWear_", error.Message);
        Assert.Contains(": Polar_Sense_A1B2C3D4_", error.Message);
        Assert.EndsWith("open one file instead.", error.Message);
    }

    [Fact]
    public void Folder_with_only_a_gyroscope_file_says_acceleration_is_needed()
    {
        using var temp = new TempFolder();
        string name = "S-row-heavy_MetaWear_2024-01-01T11.00.00.000_AABBCCDDEEFF_Gyroscope_25.000Hz_1.4.4.csv";
        File.Copy(Path("metawear/" + name), System.IO.Path.Combine(temp.Root, name));

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(temp.Root));

        Assert.Contains($"holds no acceleration file (only {name}); RepSense needs acceleration.", error.Message);
    }

    [Fact]
    public void Folder_with_several_gyroscope_files_none_the_accelerometers_partner_asks_for_one_file()
    {
        using var temp = new TempFolder();
        string accelerometer = "S-row-heavy_MetaWear_2024-01-01T11.00.00.000_AABBCCDDEEFF_Accelerometer_12.500Hz_1.4.4.csv";
        string gyroscope = "S-row-heavy_MetaWear_2024-01-01T11.00.00.000_AABBCCDDEEFF_Gyroscope_25.000Hz_1.4.4.csv";
        File.Copy(Path("metawear/" + accelerometer), System.IO.Path.Combine(temp.Root, accelerometer));
        foreach (var other in new[] { "A-curl", "B-press" })
            File.Copy(Path("metawear/" + gyroscope), System.IO.Path.Combine(temp.Root, gyroscope.Replace("S-row-heavy", other)));

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(temp.Root));

        Assert.Contains("holds several gyroscope files (A-curl_MetaWear_", error.Message);
        Assert.Contains(", B-press_MetaWear_", error.Message);
        Assert.Contains($"none is named as the partner of {accelerometer}", error.Message);
    }

    [Fact]
    public void Folder_with_two_gyroscope_files_takes_the_one_named_as_the_accelerometers_partner()
    {
        using var temp = new TempFolder();
        temp.CopyFilesOf(Path("metawear"));
        string gyroscope = "S-row-heavy_MetaWear_2024-01-01T11.00.00.000_AABBCCDDEEFF_Gyroscope_25.000Hz_1.4.4.csv";
        File.Copy(Path("metawear/" + gyroscope), System.IO.Path.Combine(temp.Root, gyroscope.Replace("S-row-heavy", "A-curl")));

        var recording = Recording.Open(temp.Root);

        Assert.Equal("MetaWear accelerometer + MetaWear gyroscope", recording.Info.Format);
        Assert.Contains(recording.Parts, p => p.Path.EndsWith(gyroscope, StringComparison.Ordinal));
        Assert.DoesNotContain(recording.Parts, p => p.Path.Contains("A-curl", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_too_long_for_a_sensor_row_is_refused_instead_of_filling_memory()
    {
        using var temp = new TempFolder();
        string path = temp.Write("long.csv", "t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,0,0,1" + new string('0', 3 << 20) + "\n0.02,0,0,1\n");
        var recording = Recording.Open(path);

        var error = Assert.Throws<RepSenseException>(() => recording.Samples.ToList().Wait());

        Assert.StartsWith($"{path} could not be read: ", error.Message);
    }

    [Fact]
    public void Corrupt_zip_is_reported_as_unreadable()
    {
        using var temp = new TempFolder();
        string path = temp.Write("export.zip", "PK\u0003\u0004 this is not really a zip");

        var error = Assert.Throws<RepSenseException>(() => Recording.Open(path));

        Assert.Contains("export.zip is not a readable .zip archive", error.Message);
    }
}
