using System.Reactive.Disposables;
using System.Reactive.Linq;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Streams;
using RepSense.Ingest;
using RepSense.Ingest.Streams;
using RepSense.Ingest.Writers;

namespace RepSense.Analysis.Validation;

/// <summary>
/// Runs the real analysis on a simulated recording in memory: the tracks become the sample stream a recorder file
/// would give (a gyroscope on its own clock is paired onto the accelerometer's timestamps by the same operator as
/// live input), which goes through <see cref="AnalysisObservable.AnalyzeSession"/> like any recording.
/// </summary>
public static class SimulatedAnalysis
{
    public static SessionAnalysis Analyze(RecorderTracks tracks, CountingOptions? options = null) =>
        Samples(tracks).AnalyzeSession(options).Wait();

    /// <summary>The tracks as one cold stream of samples with acceleration and, when recorded, rotation rate.</summary>
    public static IObservable<ImuSample> Samples(RecorderTracks tracks)
    {
        var acceleration = FromList(tracks.Accelerometer);
        if (!tracks.HasGyroscope) return acceleration;
        if (tracks.GyroscopeSharesAccelerometerClock)
            return FromList(tracks.Accelerometer.Select((a, i) => a with
            {
                RotationRateRadS = tracks.Gyroscope[i].RotationRateRadS,
                HasRotationRate = true,
            }).ToList());
        return acceleration.WithRotationRate(FromList(tracks.Gyroscope));
    }

    /// <summary>A list pushed synchronously on subscription (no scheduler: the analysis is a plain loop).</summary>
    private static IObservable<ImuSample> FromList(IReadOnlyList<ImuSample> samples) =>
        Observable.Create<ImuSample>(observer =>
        {
            foreach (var s in samples) observer.OnNext(s);
            observer.OnCompleted();
            return Disposable.Empty;
        });
}
