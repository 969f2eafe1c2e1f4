using System.Reactive.Linq;

namespace RepSense.Ingest.Tests.Streams;

/// <summary>Small synthetic streams for the operator tests.</summary>
internal static class Samples
{
    /// <summary>An accelerometer sample whose x is <paramref name="x"/>.</summary>
    public static ImuSample Acc(double timeS, double x) => ImuSample.FromAcceleration(timeS, new Vec3(x, 0, 9.8), gravityIncluded: true);

    /// <summary>A gyroscope sample whose rotation-rate x is <paramref name="x"/>.</summary>
    public static ImuSample Gyro(double timeS, double x) => new(timeS, Vec3.Zero, new Vec3(x, 0, 0), true, true);

    public static IObservable<ImuSample> Cold(params ImuSample[] samples) => samples.ToObservable();

    public static IList<T> All<T>(this IObservable<T> source) => source.ToList().Wait();
}
