namespace RepSense.Ingest.Reading;

/// <summary>A pause a recorder's clock leaves out (phyphox's experiment time resumes where it stopped): from raw time
/// <see cref="ResumedAtRaw"/> on, every sample happened <see cref="PausedS"/> later than its raw time says.</summary>
/// <param name="ResumedAtRaw">The raw time (the file's own seconds) at which recording resumed.</param>
/// <param name="PausedS">How long the recording was paused, seconds of the wall clock.</param>
internal readonly record struct RecordingPause(double ResumedAtRaw, double PausedS);
