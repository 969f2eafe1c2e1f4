namespace RepSense.Ingest.Reading;

/// <summary>A pull-based source of samples in time order. Files are read through cursors so that the files of one
/// recording (accelerometer and gyroscope at their own rates) can be merged in a single pass with bounded memory;
/// push-based cold observables on one thread would have to buffer one file whole.</summary>
internal interface ISampleCursor : IDisposable
{
    /// <summary>The next sample, or false at the end. Throws <see cref="RepSenseException"/> for unusable input.</summary>
    bool TryRead(out ImuSample sample);
}
