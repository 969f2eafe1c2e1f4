using System.Globalization;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Text;
using RepSense.Ingest.Live;

namespace RepSense.Ingest.Tests;

/// <summary>Sensor Logger's HTTP push (JSON batches of readings) becomes the same kind of sample stream as its CSV
/// export: total acceleration preferred, else acceleration with gravity added back, the gyroscope interpolated onto
/// the acceleration's times, other sensors ignored, time from the first acceleration reading.</summary>
public class SensorLoggerPushTests
{
    private const long Origin = 1_700_000_000_000_000_000;

    private static string Reading(string name, double timeS, double x, double y, double z) =>
        string.Create(CultureInfo.InvariantCulture,
            $$$"""{"name":"{{{name}}}","time":{{{Origin + (long)Math.Round(timeS * 1e9)}}},"values":{"x":{{{x}}},"y":{{{y}}},"z":{{{z}}}}}""");

    private static string Message(int id, params string[] readings) =>
        $$"""{"messageId":{{id}},"sessionId":"s1","deviceId":"d1","payload":[{{string.Join(",", readings)}}]}""";

    private static IList<ImuSample> Parse(params string[] messages) =>
        messages.ToObservable().ParseSensorLoggerPush("push", new IngestDiagnostics()).ToList().Wait();

    [Fact]
    public void Total_acceleration_gets_the_gyroscope_interpolated_at_its_times_and_other_sensors_are_ignored()
    {
        var samples = Parse(
            Message(0,
                Reading("totalacceleration", 0.00, 0, 0, 9.8), Reading("totalacceleration", 0.01, 1, 0, 9.8),
                Reading("gyroscope", 0.000, 0, 0, 0.1), Reading("gyroscope", 0.012, 0, 0, 0.3),
                """{"name":"orientation","time":1700000000000000000,"values":{"qx":0,"qy":0,"qz":0,"qw":1}}"""),
            Message(1, Reading("totalacceleration", 0.02, 2, 0, 9.8), Reading("gyroscope", 0.024, 0, 0, 0.5)));

        Assert.Equal([0, 0.01, 0.02], samples.Select(s => Math.Round(s.TimeS, 9)));
        Assert.Equal([0.0, 1.0, 2.0], samples.Select(s => s.AccelerationMs2.X));
        Assert.All(samples, s => Assert.True(s.GravityIncluded && s.HasRotationRate));
        Assert.Equal(0.1 + (0.3 - 0.1) * (0.010 / 0.012), samples[1].RotationRateRadS.Z, 1e-12);
    }

    [Fact]
    public void Without_total_acceleration_gravity_is_added_back_to_the_accelerometer()
    {
        var samples = Parse(Message(0,
            Reading("accelerometer", 0.00, 0.5, 0, 0), Reading("accelerometer", 0.01, 0.5, 0, 0),
            Reading("gravity", 0.00, 0, 0, 9.8), Reading("gravity", 0.01, 0, 0, 9.8)));

        Assert.Equal(2, samples.Count);
        Assert.All(samples, s => Assert.Equal(new Vec3(0.5, 0, 9.8), s.AccelerationMs2));
        Assert.All(samples, s => Assert.True(s.GravityIncluded && !s.HasRotationRate));
    }

    [Fact]
    public void Without_a_gyroscope_samples_flow_as_they_arrive()
    {
        var messages = new Subject<string>();
        var received = new List<ImuSample>();
        using var _ = messages.ParseSensorLoggerPush("push", new IngestDiagnostics()).Subscribe(received.Add);

        messages.OnNext(Message(0, Reading("totalacceleration", 0.00, 0, 0, 9.8), Reading("totalacceleration", 0.01, 0, 0, 9.8)));

        // The last reading is held back until the next shows its time is not repeated, as a file's last row is.
        Assert.Single(received);
        messages.OnCompleted();
        Assert.Equal(2, received.Count);
    }

    [Fact]
    public void A_message_that_is_not_a_push_ends_the_stream_naming_its_number()
    {
        var error = Assert.Throws<RepSenseException>(() => Parse(Message(0, Reading("totalacceleration", 0, 0, 0, 9.8)), "{\"hello\":1}"));

        Assert.StartsWith("push: message 2 is not a Sensor Logger push", error.Message);
    }
}
