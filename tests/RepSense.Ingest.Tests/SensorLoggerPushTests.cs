using System.Globalization;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Text;
using RepSense.Ingest.Live;

namespace RepSense.Ingest.Tests;

/// <summary>Sensor Logger's HTTP push (JSON batches of readings) becomes the same kind of sample stream as its CSV
/// export: total acceleration preferred, else acceleration with gravity added back, the gyroscope interpolated onto
/// the acceleration's times, other sensors ignored, time from the first acceleration reading. A bad message or a
/// batch sent again is reported and dropped, and the stream goes on.</summary>
public class SensorLoggerPushTests
{
    private const long Origin = 1_700_000_000_000_000_000;

    private static string Reading(string name, double timeS, double x, double y, double z) =>
        string.Create(CultureInfo.InvariantCulture,
            $$$"""{"name":"{{{name}}}","time":{{{Origin + (long)Math.Round(timeS * 1e9)}}},"values":{"x":{{{x}}},"y":{{{y}}},"z":{{{z}}}}}""");

    private static string Message(int id, params string[] readings) =>
        $$"""{"messageId":{{id}},"sessionId":"s1","deviceId":"d1","payload":[{{string.Join(",", readings)}}]}""";

    private static IList<ImuSample> Parse(params string[] messages) => Parse(new IngestDiagnostics(), messages);

    private static IList<ImuSample> Parse(IngestDiagnostics diagnostics, params string[] messages) =>
        messages.ToObservable().ParseSensorLoggerPush("push", diagnostics).ToList().Wait();

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

        // A repeated time is a reading sent again, not a burst to average: nothing has to wait for the next message.
        Assert.Equal(2, received.Count);
    }

    [Fact]
    public void A_message_that_is_not_a_push_is_reported_with_its_number_and_the_messages_after_it_are_read()
    {
        var diagnostics = new IngestDiagnostics();

        var samples = Parse(diagnostics,
            Message(0, Reading("totalacceleration", 0, 0, 0, 9.8)),
            "{\"messageId\":1,\"hello\":1}",
            Message(2, Reading("totalacceleration", 0.01, 0, 0, 9.8)));

        Assert.Equal([0, 0.01], samples.Select(s => Math.Round(s.TimeS, 9)));
        var problem = Assert.Single(diagnostics.Problems);
        Assert.Equal(IngestProblemKind.MalformedMessage, problem.Kind);
        Assert.StartsWith("push: message 2 (messageId 1): expected a Sensor Logger push", problem.ToString());
        Assert.EndsWith("found an object without a \"payload\" array; its readings were dropped", problem.Message);
    }

    [Fact]
    public void One_bad_reading_drops_its_whole_message()
    {
        var diagnostics = new IngestDiagnostics();

        var samples = Parse(diagnostics,
            Message(0, Reading("totalacceleration", 0, 0, 0, 9.8)),
            Message(1, Reading("totalacceleration", 0.01, 0, 0, 9.8), """{"name":"totalacceleration","time":1700000000020000000,"values":{"x":1}}"""),
            Message(2, Reading("totalacceleration", 0.03, 0, 0, 9.8)));

        Assert.Equal([0, 0.03], samples.Select(s => Math.Round(s.TimeS, 9)));
        Assert.Contains("payload item 2 (\"totalacceleration\") without finite numbers x, y and z", Assert.Single(diagnostics.Problems).Message);
    }

    [Fact]
    public void Readings_sent_again_are_dropped_and_each_message_holding_them_is_reported_once()
    {
        var diagnostics = new IngestDiagnostics();
        var first = Message(0,
            Reading("totalacceleration", 0.00, 0, 0, 9.8), Reading("totalacceleration", 0.01, 1, 0, 9.8),
            Reading("gyroscope", 0.00, 0, 0, 0.1), Reading("gyroscope", 0.01, 0, 0, 0.1));

        var samples = Parse(diagnostics, first, first,
            Message(1,
                Reading("totalacceleration", 0.01, 5, 0, 9.8), Reading("totalacceleration", 0.02, 2, 0, 9.8),
                Reading("gyroscope", 0.02, 0, 0, 0.1)));

        Assert.Equal([0, 0.01, 0.02], samples.Select(s => Math.Round(s.TimeS, 9)));
        Assert.Equal([0.0, 1.0, 2.0], samples.Select(s => s.AccelerationMs2.X));
        Assert.Equal(2, diagnostics.Count(IngestProblemKind.StaleReadings));
        Assert.Equal(["push: message 2 (messageId 0): 4 readings were no newer than the last of their sensor already received (sent again?) and dropped",
                      "push: message 3 (messageId 1): 1 reading was no newer than the last of its sensor already received (sent again?) and dropped"],
            diagnostics.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Readings_out_of_time_order_within_a_message_are_dropped_not_reordered()
    {
        var diagnostics = new IngestDiagnostics();

        var samples = Parse(diagnostics, Message(0,
            Reading("totalacceleration", 0.00, 0, 0, 9.8), Reading("totalacceleration", 0.02, 2, 0, 9.8),
            Reading("totalacceleration", 0.01, 1, 0, 9.8), Reading("totalacceleration", 0.03, 3, 0, 9.8)));

        Assert.Equal([0.0, 2.0, 3.0], samples.Select(s => s.AccelerationMs2.X));
        Assert.Equal(1, diagnostics.Count(IngestProblemKind.StaleReadings));
    }

    [Theory]
    [InlineData("", "found an empty body")]
    [InlineData("hello", "found text that is not JSON (at line 1, byte 1)")]
    [InlineData("{\"payload\":[]\n", "found text that is not JSON (at line 2, byte 1)")]
    [InlineData("[1,2]", "found a JSON array")]
    [InlineData("\"payload\"", "found a JSON string")]
    [InlineData("42", "found a JSON number")]
    [InlineData("true", "found a JSON boolean")]
    [InlineData("null", "found a JSON null")]
    [InlineData("""{"payload":{}}""", "found an object without a \"payload\" array")]
    [InlineData("""{"payload":[{"time":1}]}""", "found payload item 1 without a \"name\"")]
    [InlineData("""{"payload":[{"name":"Gyroscope","values":{"x":0,"y":0,"z":0}}]}""", "found payload item 1 (\"gyroscope\") without a \"time\" in Unix nanoseconds")]
    [InlineData("""{"payload":[{"name":"gyroscope","time":"1","values":{"x":0,"y":0,"z":0}}]}""", "found payload item 1 (\"gyroscope\") without a \"time\" in Unix nanoseconds")]
    [InlineData("""{"payload":[{"name":"gravity","time":1,"values":{"x":0,"y":"0","z":0}}]}""", "found payload item 1 (\"gravity\") without finite numbers x, y and z in its \"values\"")]
    [InlineData("""{"payload":[{"name":"gravity","time":1,"values":[0,0,1]}]}""", "found payload item 1 (\"gravity\") without finite numbers x, y and z in its \"values\"")]
    [InlineData("""{"payload":[{"name":"gyroscope","time":1e30,"values":{"x":0,"y":0,"z":0}}]}""", "found payload item 1 (\"gyroscope\") without a \"time\" in Unix nanoseconds")]
    public void A_body_that_is_not_a_push_says_what_was_found(string body, string found)
    {
        var message = SensorLoggerMessage.Parse(body, 4);

        Assert.Equal($"message 4: expected {SensorLoggerMessage.ExpectedShape}, {found}", message.Error);
    }

    [Fact]
    public void Sensors_that_are_not_read_may_have_any_shape_and_a_time_may_be_written_as_a_real_number()
    {
        var message = SensorLoggerMessage.Parse(
            """{"messageId":3,"payload":[{"name":"location","time":"soon"},{"name":"accelerometer","time":1.7e18,"values":{"x":0,"y":0,"z":1}}]}""", 1);

        Assert.Null(message.Error);
        Assert.Equal(3, message.MessageId);
        Assert.Equal("message 1 (messageId 3)", message.Name);
    }

    [Fact]
    public void A_message_id_that_is_not_a_whole_number_is_left_out_and_the_message_still_read()
    {
        var message = SensorLoggerMessage.Parse(
            """{"messageId":"7","payload":[{"name":"accelerometer","time":1,"values":{"x":0,"y":0,"z":1}}]}""", 2);

        Assert.Null(message.Error);
        Assert.Null(message.MessageId);
        Assert.Equal("message 2", message.Name);
    }

    [Fact]
    public void A_sample_waits_for_the_gyroscope_reading_at_or_after_its_time_and_goes_when_that_arrives()
    {
        var messages = new Subject<string>();
        var received = new List<ImuSample>();
        using var _ = messages.ParseSensorLoggerPush("push", new IngestDiagnostics()).Subscribe(received.Add);

        messages.OnNext(Message(0,
            Reading("totalacceleration", 0.00, 0, 0, 9.8), Reading("totalacceleration", 0.01, 0, 0, 9.8),
            Reading("totalacceleration", 0.02, 0, 0, 9.8), Reading("gyroscope", 0.01, 0, 0, 0.2)));
        Assert.Equal([0, 0.01], received.Select(s => Math.Round(s.TimeS, 9)));

        messages.OnNext(Message(1, Reading("gyroscope", 0.025, 0, 0, 0.2)));
        Assert.Equal([0, 0.01, 0.02], received.Select(s => Math.Round(s.TimeS, 9)));
        Assert.All(received, s => Assert.True(s.HasRotationRate));
    }

    [Fact]
    public void An_accelerometer_sample_waits_for_the_gravity_reading_at_or_after_its_time()
    {
        var messages = new Subject<string>();
        var received = new List<ImuSample>();
        using var _ = messages.ParseSensorLoggerPush("push", new IngestDiagnostics()).Subscribe(received.Add);

        messages.OnNext(Message(0, Reading("accelerometer", 0.00, 0.5, 0, 0), Reading("accelerometer", 0.01, 0.5, 0, 0),
            Reading("gravity", 0.00, 0, 0, 9.8)));
        Assert.Single(received);

        messages.OnNext(Message(1, Reading("gravity", 0.01, 0, 0, 9.8)));
        Assert.Equal(2, received.Count);
        Assert.All(received, s => Assert.Equal(new Vec3(0.5, 0, 9.8), s.AccelerationMs2));
    }

    [Fact]
    public void A_sample_waits_at_most_a_second_for_a_gyroscope_that_stopped()
    {
        var messages = new Subject<string>();
        var received = new List<ImuSample>();
        using var _ = messages.ParseSensorLoggerPush("push", new IngestDiagnostics()).Subscribe(received.Add);

        messages.OnNext(Message(0, Reading("totalacceleration", 0.00, 0, 0, 9.8), Reading("gyroscope", 0.00, 0, 0, 0.2)));
        messages.OnNext(Message(1, Reading("totalacceleration", 0.50, 0, 0, 9.8)));
        messages.OnNext(Message(2, Reading("totalacceleration", 1.00, 0, 0, 9.8)));
        Assert.Equal([0.0], received.Select(s => Math.Round(s.TimeS, 9))); // 0.5 s old: still waiting

        messages.OnNext(Message(3, Reading("totalacceleration", 1.60, 0, 0, 9.8)));

        Assert.Equal([0, 0.5], received.Select(s => Math.Round(s.TimeS, 9)));
    }

    [Fact]
    public void The_samples_still_waiting_for_the_gyroscope_go_when_the_push_ends()
    {
        var messages = new Subject<string>();
        var received = new List<ImuSample>();
        bool completed = false;
        using var _ = messages.ParseSensorLoggerPush("push", new IngestDiagnostics()).Subscribe(received.Add, () => completed = true);

        messages.OnNext(Message(0, Reading("totalacceleration", 0.00, 0, 0, 9.8), Reading("totalacceleration", 0.01, 0, 0, 9.8),
            Reading("gyroscope", 0.00, 0, 0, 0.2)));
        Assert.Single(received);

        messages.OnCompleted();

        Assert.True(completed);
        Assert.Equal([0, 0.01], received.Select(s => Math.Round(s.TimeS, 9)));
    }

    [Fact]
    public void Gravity_is_not_added_to_total_acceleration_which_already_holds_it()
    {
        var samples = Parse(Message(0,
            Reading("totalacceleration", 0.00, 0.5, 0, 9.8), Reading("totalacceleration", 0.01, 0.5, 0, 9.8),
            Reading("gravity", 0.00, 0, 0, 9.8), Reading("gravity", 0.01, 0, 0, 9.8)));

        Assert.All(samples, s => Assert.Equal(new Vec3(0.5, 0, 9.8), s.AccelerationMs2));
    }

    [Fact]
    public void Gravity_readings_sent_again_are_dropped_and_reported()
    {
        var diagnostics = new IngestDiagnostics();

        var samples = Parse(diagnostics,
            Message(0, Reading("accelerometer", 0.00, 0.5, 0, 0), Reading("gravity", 0.00, 0, 0, 9.8), Reading("gravity", 0.01, 0, 0, 9.8)),
            Message(1, Reading("accelerometer", 0.01, 0.5, 0, 0), Reading("gravity", 0.01, 0, 0, 9.8)));

        Assert.Equal(2, samples.Count);
        var problem = Assert.Single(diagnostics.Problems);
        Assert.Equal(IngestProblemKind.StaleReadings, problem.Kind);
        Assert.Equal("push: message 2 (messageId 1): 1 reading was no newer than the last of its sensor already received (sent again?) and dropped", problem.ToString());
    }

    [Fact]
    public void Messages_before_the_first_acceleration_reading_are_skipped_and_the_clock_starts_at_that_reading()
    {
        var samples = Parse(
            Message(0, Reading("gyroscope", 0.00, 0, 0, 0.2)),
            Message(1, Reading("totalacceleration", 0.50, 0, 0, 9.8), Reading("totalacceleration", 0.51, 0, 0, 9.8)));

        Assert.Equal([0, 0.01], samples.Select(s => Math.Round(s.TimeS, 9)));
    }

    [Fact]
    public void An_error_of_the_source_ends_the_samples_with_that_error()
    {
        var failure = new IOException("the connection was reset");
        var messages = Observable.Return(Message(0, Reading("totalacceleration", 0, 0, 0, 9.8))).Concat(Observable.Throw<string>(failure));
        Exception? error = null;

        using var _ = messages.ParseSensorLoggerPush("push", new IngestDiagnostics()).Subscribe(_ => { }, e => error = e);

        Assert.Same(failure, error);
    }

    [Fact]
    public void Missing_arguments_are_refused_when_the_pipeline_is_built()
    {
        var bodies = Observable.Empty<string>();
        var parsed = Observable.Empty<SensorLoggerMessage>();

        Assert.Throws<ArgumentNullException>(() => ((IObservable<string>)null!).ParseSensorLoggerPush("push", new IngestDiagnostics()));
        Assert.Throws<ArgumentNullException>(() => ((IObservable<SensorLoggerMessage>)null!).ParseSensorLoggerPush("push", new IngestDiagnostics()));
        Assert.Throws<ArgumentException>(() => parsed.ParseSensorLoggerPush("", new IngestDiagnostics()));
        Assert.Throws<ArgumentNullException>(() => bodies.ParseSensorLoggerPush("push", null!));
    }
}
