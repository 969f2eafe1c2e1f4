using CsvHelper;
using RepSense.Ingest.Formats;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Reading;

/// <summary>
/// Decides what a path is and how to read it: a single file (with its MetaWear or Polar partner when one lies next
/// to it), or a folder or .zip export whose files are detected one by one and composed. In a folder the
/// acceleration file is chosen by preference: one that also has rotation rate, then one with gravity, then one
/// without (Sensor Logger: WristMotion, then TotalAcceleration, then Accelerometer with Gravity.csv added back);
/// a gyroscope file is paired in when the acceleration file has none. Files of no known format are ignored, and
/// generic CSVs too when the folder holds an app's export.
/// </summary>
internal static class RecordingPlanner
{
    public static (RecordingPlan Plan, RecordingInfo Info, IReadOnlyList<RecordingPart> Parts) Plan(string path, RecordingOptions options)
    {
        if (Directory.Exists(path)) return FromFolder(SourceFolder.OfDirectory(path, path), path, options);
        if (!File.Exists(path))
            throw new RepSenseException($"{path} does not exist: expected a recording file, a folder or a .zip export.");
        if (SourceFolder.IsZip(path)) return FromFolder(SourceFolder.OfZip(path), path, options);

        var file = SourceFolder.OfFile(path);
        return FromFile(FormatDetector.Detect(file, FileHead.Read(file), options), path, options);
    }

    private static (RecordingPlan, RecordingInfo, IReadOnlyList<RecordingPart>) FromFile(
        FileLayout layout, string path, RecordingOptions options)
    {
        Func<string, SourceFile?> sibling = name => SourceFolder.Beside(path, name);
        if (layout.Format.Acceleration == AccelerationKind.GravityVector && layout.HasAcceleration)
            throw new RepSenseException(
                $"{path} is a {layout.Format.Name} file, which holds the gravity vector alone: open the recording's folder or .zip instead.");

        if (!layout.HasAcceleration)
        {
            var accelerometer = FindPartner(layout, SourceFolder.AllBeside(path), options, wantAcceleration: true)
                ?? throw new RepSenseException(
                    $"{path} is a {layout.Format.Name} file, which holds rotation rate but no acceleration: " +
                    "open the accelerometer file or the recording's folder instead.");
            return Compose(path, accelerometer, layout, null, options, sibling);
        }

        var gyroscope = layout.HasRotationRate ? null : FindPartner(layout, SourceFolder.AllBeside(path), options, wantAcceleration: false);
        return Compose(path, layout, gyroscope, null, options, sibling);
    }

    private static (RecordingPlan, RecordingInfo, IReadOnlyList<RecordingPart>) FromFolder(
        SourceFolder folder, string path, RecordingOptions options)
    {
        var detected = new List<FileLayout>();
        string? firstError = null;
        foreach (var file in folder.Files)
        {
            try
            {
                detected.Add(FormatDetector.Detect(file, FileHead.Read(file), options, FormatDetector.InExports));
            }
            catch (RepSenseException ex)
            {
                firstError ??= ex.Message;
            }
        }
        if (detected.Any(l => l.Format.Family != RecorderFamily.Generic))
            detected.RemoveAll(l => l.Format.Family == RecorderFamily.Generic);
        if (detected.Count == 0)
            throw new RepSenseException(
                $"{path} holds no file of a supported format ({folder.Files.Count} files looked at" +
                (firstError is null ? ")" : $"; for example {firstError.TrimEnd('.')})") +
                $"; supported formats are {FormatDetector.SupportedFormats()}.");

        var families = detected.GroupBy(l => l.Format.Family).ToList();
        if (families.Count > 1)
            throw new RepSenseException(
                $"{path} mixes files of different recorders ({string.Join(", ", families.Select(f => $"{f.First().Format.Name}: {f.First().File.Name}"))}): open one file instead.");

        var accelerometers = detected.Where(l => l.HasAcceleration && l.Format.Acceleration != AccelerationKind.GravityVector).ToList();
        if (accelerometers.Count == 0)
            throw new RepSenseException(
                $"{path} holds no acceleration file (only {Names(detected)}); RepSense needs acceleration.");
        int bestRank = accelerometers.Min(Preference);
        var best = accelerometers.Where(l => Preference(l) == bestRank).ToList();
        if (best.Count > 1)
            throw new RepSenseException(
                $"{path} holds several recordings ({Names(best)}): open one of the files instead.");
        var primary = best[0];

        FileLayout? gyroscope = null;
        if (!primary.HasRotationRate)
        {
            var gyroscopes = detected.Where(l => !l.HasAcceleration).ToList();
            gyroscope = gyroscopes.Count == 1
                ? gyroscopes[0]
                : gyroscopes.FirstOrDefault(g => primary.Format.Companion?.IsPartner(primary.File.Name, g.File.Name) == true);
            if (gyroscope is null && gyroscopes.Count > 1)
                throw new RepSenseException(
                    $"{path} holds several gyroscope files ({Names(gyroscopes)}) and none is named as the partner of {primary.File.Name}: open one file instead.");
        }

        var gravity = primary.Format.Acceleration == AccelerationKind.GravityRemoved
            ? detected.FirstOrDefault(l => l.Format.Acceleration == AccelerationKind.GravityVector && l.HasAcceleration)
            : null;
        return Compose(path, primary, gyroscope, gravity, options, folder.Find);
    }

    /// <summary>File names for a message: the first few, then how many more.</summary>
    private static string Names(IReadOnlyList<FileLayout> layouts)
    {
        const int shown = 4;
        string names = string.Join(", ", layouts.Take(shown).Select(l => l.File.Name));
        return layouts.Count <= shown ? names : $"{names} and {layouts.Count - shown} more";
    }

    /// <summary>Lower is preferred: acceleration with rotation rate, then with gravity, then without.</summary>
    private static int Preference(FileLayout layout) =>
        (layout.HasRotationRate ? 0 : 2) + (layout.Format.Acceleration == AccelerationKind.IncludesGravity ? 0 : 1);

    /// <summary>The partner file named by the format's companion rule; <paramref name="candidates"/> is only
    /// enumerated for formats that have one.</summary>
    private static FileLayout? FindPartner(FileLayout layout, IEnumerable<SourceFile> candidates, RecordingOptions options, bool wantAcceleration)
    {
        if (layout.Format.Companion is not { } companion) return null;
        return candidates
            .Where(f => companion.IsPartner(layout.File.Name, f.Name))
            .Select(f => FormatDetector.DetectOrNull(f, options))
            .FirstOrDefault(p => p is not null && p.Format.Family == layout.Format.Family &&
                                 (wantAcceleration ? p.HasAcceleration : !p.HasAcceleration && p.HasRotationRate));
    }

    private static (RecordingPlan, RecordingInfo, IReadOnlyList<RecordingPart>) Compose(
        string path, FileLayout primary, FileLayout? gyroscope, FileLayout? gravity, RecordingOptions options,
        Func<string, SourceFile?> sibling)
    {
        SampleRate? nominalRate = primary.NominalRate;
        DateTimeOffset? startTime = null;
        IReadOnlyList<RecordingPause> pauses = [];
        var (origin, head) = FindOrigin(primary);

        switch (primary.Format.Family)
        {
            case RecorderFamily.SensorLogger:
                var metadata = SensorLoggerMetadata.TryRead(sibling(SensorLoggerMetadata.FileName));
                nominalRate ??= metadata?.RateOf(primary.File.Name);
                if (metadata is { Standardised: true }) primary = Standardised(primary);
                break;
            case RecorderFamily.Phyphox:
                var timeFile = PhyphoxTimeFile.Paths.Select(sibling).FirstOrDefault(f => f is not null);
                startTime = PhyphoxTimeFile.StartTime(timeFile, origin.Decimal);
                // Experiment time leaves the pauses out; moved back in, a set recorded after a pause keeps its time
                // and the pause is the gap it was (not two sets glued together).
                pauses = PhyphoxTimeFile.Pauses(timeFile);
                break;
        }
        startTime ??= TimeBase.StartTime(primary.Time, origin) ?? LocalStartTime.Find(primary, head, origin);

        var plan = new RecordingPlan(primary, gyroscope, gravity, origin, options) { Pauses = pauses };
        string format = string.Join(" + ", plan.Files.Select(f => f.Format.Name));
        var channels = Channels.Accelerometer | (primary.HasRotationRate || gyroscope is not null ? Channels.Gyroscope : Channels.None);
        bool gravityIncluded = primary.Format.Acceleration == AccelerationKind.IncludesGravity || gravity is not null;
        var info = new RecordingInfo(path, format, channels, nominalRate, startTime, gravityIncluded);
        var parts = plan.Files.Select(f => new RecordingPart(f.File.DisplayPath, f.Format.Name, RecordingPlan.Provides(f))).ToList();
        return (plan, info, parts);
    }

    /// <summary>With "Standardise Units &amp; Frames" on, Sensor Logger writes watch acceleration in m/s², not g.</summary>
    private static FileLayout Standardised(FileLayout layout)
    {
        if (layout.AccelerationUnit != AccelerationUnit.G) return layout;
        double factor = Acceleration.ToMs2Factor(AccelerationUnit.MetersPerSecondSquared);
        return layout with
        {
            AccelerationUnit = AccelerationUnit.MetersPerSecondSquared,
            Terms = layout.Terms.Select(t => t.Slot < ColumnTerm.FirstRotationSlot ? t with { Factor = factor } : t).ToList(),
        };
    }

    /// <summary>The raw time of the primary file's first usable row: 0 s for every file of the recording. Read here,
    /// at open, so that an empty or unusable file fails before any subscription.</summary>
    private static (RawTime Origin, FileHead Head) FindOrigin(FileLayout layout)
    {
        var head = FileHead.Read(layout.File);
        var lines = head.Lines.Skip(layout.HeaderLine).ToList();
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            if (head.ReachedEnd)
                throw new RepSenseException($"{layout.File.DisplayPath} has a header but no samples.");
            throw new RepSenseException(
                $"{layout.File.DisplayPath}: no complete data row in the first {FileHead.MaxBytes / 1024} KiB after the header.");
        }

        var decoder = new RowDecoder(layout);
        using var csv = CsvReader.FromText(string.Join('\n', lines), CsvSampleReader.CsvOptions(layout, hasHeader: false));
        for (long row = 0; csv.Read(); row++)
        {
            var status = decoder.Decode(csv, row, out var time, out _, out _);
            if (status == RowStatus.Ok) return (time, head);
            // The reader would stop at this row; saying so now beats "no complete sample" for a file all of whose
            // rows are too long (decimal commas split by a comma delimiter).
            if (status == RowStatus.ExtraFields) throw decoder.ExtraFieldsError(csv, layout.File.DisplayPath, layout.HeaderLine + csv.LineNumber);
        }
        throw new RepSenseException(
            $"{layout.File.DisplayPath}: none of the first {lines.Count} data rows holds a complete sample " +
            $"(the first reads \"{Excerpt.Of(lines.First(l => !string.IsNullOrWhiteSpace(l)), 200)}\").");
    }
}
