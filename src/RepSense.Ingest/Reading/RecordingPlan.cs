using RepSense.Ingest.Formats;
using RepSense.Ingest.Streams;

namespace RepSense.Ingest.Reading;

/// <summary>
/// How to read one recording: the file that gives acceleration, the files paired into it (gyroscope, gravity)
/// and the raw time that is 0 s for all of them (and the pauses their clock leaves out). Decided once by
/// <see cref="RecordingPlanner"/>; every read opens fresh readers from it.
/// </summary>
internal sealed record RecordingPlan(
    FileLayout Primary,
    FileLayout? RotationRate,
    FileLayout? Gravity,
    RawTime Origin,
    RecordingOptions Options)
{
    public IEnumerable<FileLayout> Files => new[] { Primary, RotationRate, Gravity }.OfType<FileLayout>();

    /// <summary>Pauses the files' shared clock leaves out (phyphox), in order.</summary>
    public IReadOnlyList<RecordingPause> Pauses { get; init; } = [];

    public ISampleCursor OpenCursor(IngestDiagnostics diagnostics)
    {
        var opened = new List<ISampleCursor>();
        try
        {
            ISampleCursor cursor = Open(Primary, diagnostics, opened);
            // Gravity changes slowly and a gravity-removed sample without it would be wrong, so it is always held.
            if (Gravity is not null)
                cursor = new PairedCursor(cursor, Open(Gravity, diagnostics, opened),
                    new SecondaryTrack(SecondaryKind.Gravity, double.PositiveInfinity, double.PositiveInfinity));
            if (RotationRate is not null)
                cursor = new PairedCursor(cursor, Open(RotationRate, diagnostics, opened),
                    new SecondaryTrack(SecondaryKind.RotationRate, Options.MaxGapS, Options.MaxGapS));
            return Options.ReadAhead ? new ReadAheadCursor(cursor) : cursor;
        }
        catch
        {
            foreach (var reader in opened) reader.Dispose();
            throw;
        }
    }

    private CsvSampleReader Open(FileLayout layout, IngestDiagnostics diagnostics, List<ISampleCursor> opened)
    {
        var reader = new CsvSampleReader(layout, new TimeBase(layout.Time, Origin, layout.NominalRate, Pauses), diagnostics);
        opened.Add(reader);
        return reader;
    }

    /// <summary>What the file contributes, for <see cref="RecordingPart"/>.</summary>
    public static string Provides(FileLayout layout) => layout switch
    {
        { Format.Acceleration: AccelerationKind.GravityVector } => "gravity",
        { HasAcceleration: true, HasRotationRate: true } => "acceleration and rotation rate",
        { HasAcceleration: true } => "acceleration",
        _ => "rotation rate",
    };
}
