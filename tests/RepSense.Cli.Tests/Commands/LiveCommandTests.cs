using System.Globalization;
using System.Reactive.Linq;
using RepSense.Analysis;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Streams;
using RepSense.Ingest;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace RepSense.Cli.Tests.Commands;

/// <summary><c>repsense live</c>: samples from standard input or Sensor Logger's HTTP push go through the same
/// analysis as a file, and every set and rep is printed as one line (one JSON object per line with --json).</summary>
public class LiveCommandTests
{
    private static int TruthReps(string name)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(RepositoryFolder.SampleData(Path.ChangeExtension(name, null) + ".truth.json")));
        return truth.RootElement.GetProperty("totalReps").GetInt32();
    }

    private static (int Code, string Out, string Err) Run(string input, CancellationToken stop, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(error), colour: false, interactive: false)
        {
            Input = new StringReader(input),
            Stop = stop,
        };
        int code = CliApp.Run(args, context);
        return (code, output.ToString(), error.ToString());
    }

    private static List<JsonElement> JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    [Fact]
    public void Standard_input_prints_each_set_and_rep_as_a_line()
    {
        var (code, output, error) = Run(File.ReadAllText(RepositoryFolder.SampleData("dumbbell-row.csv")), TestContext.Current.CancellationToken, "live");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Before the set is recognised, the movement's cycles are counted provisionally (the count may start anew, the
        // cycles before withdrawn), then replaced by its reps.
        int started = Array.FindIndex(lines, l => l.StartsWith("set 1 started at ", StringComparison.Ordinal));
        Assert.True(started > 0, output);
        var before = lines[..started];
        Assert.All(before, l => Assert.Matches(@"^(rep \d+\? \d+:\d\d\.\d-\d+:\d\d\.\d \(provisional, until a set is recognised\)|\d+ provisional reps? withdrawn \(not reps of a set\))$", l));
        var counted = before.Skip(Array.FindLastIndex(before, l => l.Contains(" withdrawn ", StringComparison.Ordinal)) + 1).ToList();
        Assert.Equal(Enumerable.Range(1, counted.Count).Select(k => $"rep {k}?"), counted.Select(l => l.Split(' ')[0] + " " + l.Split(' ')[1]));
        Assert.EndsWith($"(its reps below replace {(counted.Count == 1 ? "1 provisional one" : $"{counted.Count} provisional ones")})", lines[started]);
        Assert.Equal(TruthReps("dumbbell-row.csv"), lines.Count(l => l.StartsWith("set 1 rep ", StringComparison.Ordinal)));
        Assert.StartsWith("set 1 ended at ", lines[^1]);
    }

    [Fact]
    public void Without_provisional_reps_only_what_is_final_is_printed_and_it_is_the_same()
    {
        string input = File.ReadAllText(RepositoryFolder.SampleData("dumbbell-row.csv"));
        var (code, output, error) = Run(input, TestContext.Current.CancellationToken, "live", "--no-provisional");
        var (_, withProvisional, _) = Run(input, TestContext.Current.CancellationToken, "live");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("set 1 started at ", lines[0][.."set 1 started at ".Length]);
        Assert.DoesNotContain(lines, l => l.Contains("provisional", StringComparison.Ordinal));
        var final = withProvisional.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("rep ", StringComparison.Ordinal) && !l.EndsWith(" withdrawn (not reps of a set)", StringComparison.Ordinal))
            .Select(l => l.Split(" (its reps below")[0]);
        Assert.Equal(lines, final);
    }

    [Fact]
    public void In_json_provisional_reps_come_as_their_own_events_and_a_burst_without_a_set_is_withdrawn()
    {
        // A recording of two slow arm movements and rest: no set, so whatever was counted provisionally is withdrawn.
        var input = new StringBuilder("t_s,ax_ms2,ay_ms2,az_ms2\n");
        for (int i = 0; i < 50 * 20; i++)
        {
            double t = i / 50.0, u = t - 5, tilt = u is > 0 and < 5 ? 0.6 * (1 - Math.Cos(2 * Math.PI * u / 2.5)) / 2 : 0;
            input.Append(CultureInfo.InvariantCulture, $"{t},0,{9.80665 * Math.Sin(tilt)},{9.80665 * Math.Cos(tilt)}\n");
        }

        var (code, output, error) = Run(input.ToString(), TestContext.Current.CancellationToken, "live", "--json");

        Assert.True(code == 0, error);
        var events = JsonLines(output);
        Assert.DoesNotContain(events, e => e.GetProperty("event").GetString() is "setStarted" or "rep");
        var provisional = events.Where(e => e.GetProperty("event").GetString() == "provisionalRep").ToList();
        Assert.NotEmpty(provisional);
        Assert.All(provisional, e => Assert.True(e.GetProperty("startS").GetDouble() < e.GetProperty("turnS").GetDouble()
                                                 && e.GetProperty("turnS").GetDouble() < e.GetProperty("endS").GetDouble()
                                                 && e.GetProperty("endS").GetDouble() <= e.GetProperty("atS").GetDouble()));
        Assert.Equal(Enumerable.Range(1, provisional.Count), provisional.Select(e => e.GetProperty("rep").GetInt32()));
        var withdrawn = Assert.Single(events, e => e.GetProperty("event").GetString() == "provisionalWithdrawn");
        Assert.Equal(provisional.Count, withdrawn.GetProperty("reps").GetInt32());
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("set").ValueKind);
    }

    // Times in milliseconds read as seconds make every interval a hole: the text lists 20 and counts the rest,
    // JSON lines carry each one.
    [Fact]
    public void Holes_are_listed_up_to_twenty_in_text_and_all_of_them_in_json()
    {
        var input = "t_s,ax_ms2,ay_ms2,az_ms2\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"{i * 2},0,0,9.81\n"));

        var (code, output, error) = Run(input, TestContext.Current.CancellationToken, "live");
        Assert.True(code == 0, error);
        Assert.Equal(20, output.Split('\n').Count(l => l.StartsWith("no samples from ", StringComparison.Ordinal)));
        Assert.Contains("59 holes in the input (39 not listed)", error);

        var (jsonCode, json, jsonError) = Run(input, TestContext.Current.CancellationToken, "live", "--json");
        Assert.True(jsonCode == 0, jsonError);
        Assert.Equal(59, JsonLines(json).Count(e => e.GetProperty("event").GetString() == "gap"));
    }

    [Fact]
    public void With_json_each_event_is_one_JSON_object_per_line_and_the_reps_are_those_of_the_file_at_the_live_commit_lag()
    {
        var (code, output, error) = Run(File.ReadAllText(RepositoryFolder.SampleData("curls-generic.csv")), TestContext.Current.CancellationToken, "live", "--json");

        Assert.True(code == 0, error);
        var reps = JsonLines(output).Where(e => e.GetProperty("event").GetString() == "rep")
            .Select(e => (e.GetProperty("startS").GetDouble(), e.GetProperty("endS").GetDouble())).ToList();
        var liveCounting = RepSense.Cli.Commands.Live.LiveCommand.ForLive(CountingOptions.Default with { CommitLagS = RepSense.Cli.Commands.Live.LiveCommand.CommitLagS });
        var fromFile = Recording.Open(RepositoryFolder.SampleData("curls-generic.csv")).Samples.AnalyzeReps(liveCounting).OfType<RepCounted>()
            .Select(r => (Math.Round(r.Rep.StartS, 3), Math.Round(r.Rep.EndS, 3))).ToList().Wait();
        Assert.Equal(TruthReps("curls-generic.csv"), reps.Count);
        Assert.Equal(fromFile, reps);
    }

    [Fact]
    public void A_stream_that_ends_at_the_last_reps_lockout_says_that_rep_was_cut()
    {
        // Dumbbell rows start with the pull: the lockout is the last rep's turn; the input stops 0.2 s after it.
        using var truth = JsonDocument.Parse(File.ReadAllText(RepositoryFolder.SampleData("dumbbell-row.truth.json")));
        double stopS = truth.RootElement.GetProperty("sets")[0].GetProperty("repDetails").EnumerateArray().Last()
            .GetProperty("turnS").GetDouble() + 0.2;
        var lines = File.ReadAllLines(RepositoryFolder.SampleData("dumbbell-row.csv"));
        var cut = lines.Take(1).Concat(lines.Skip(1).TakeWhile(l => double.Parse(l[..l.IndexOf(',')], CultureInfo.InvariantCulture) <= stopS));

        var (code, output, error) = Run(string.Join('\n', cut) + "\n", TestContext.Current.CancellationToken, "live", "--json");

        Assert.True(code == 0, error);
        var reps = JsonLines(output).Where(e => e.GetProperty("event").GetString() == "rep").ToList();
        Assert.Equal(TruthReps("dumbbell-row.csv"), reps.Count);
        Assert.Equal([.. Enumerable.Repeat(false, reps.Count - 1), true], reps.Select(e => e.GetProperty("secondHalfCut").GetBoolean()));
    }

    [Fact]
    public void A_shorter_commit_lag_prints_reps_inside_a_set_sooner_than_a_files_default()
    {
        static double MedianDelayS(string output)
        {
            var events = JsonLines(output);
            double started = events.First(e => e.GetProperty("event").GetString() == "setStarted").GetProperty("atS").GetDouble();
            var delays = events.Where(e => e.GetProperty("event").GetString() == "rep" && e.GetProperty("atS").GetDouble() > started)
                .Select(e => e.GetProperty("atS").GetDouble() - e.GetProperty("endS").GetDouble()).Order().ToList();
            return delays[delays.Count / 2];
        }
        string input = File.ReadAllText(RepositoryFolder.SampleData("dumbbell-row.csv"));

        var (_, live, _) = Run(input, TestContext.Current.CancellationToken, "live", "--json");
        var (_, fileLag, _) = Run(input, TestContext.Current.CancellationToken, "live", "--json", "--commit-lag", "1");

        Assert.True(MedianDelayS(live) < MedianDelayS(fileLag) - 0.5, $"{MedianDelayS(live)} vs {MedianDelayS(fileLag)}");
    }

    [Fact]
    public void A_bad_row_on_standard_input_is_a_warning_naming_its_line_and_the_session_goes_on()
    {
        var lines = File.ReadAllLines(RepositoryFolder.SampleData("dumbbell-row.csv"));
        int bad = lines.Length / 2;
        var cells = lines[bad].Split(',');
        cells[1] = "0.6O43"; // a letter O typed for a zero
        lines[bad] = string.Join(',', cells);

        var (code, output, error) = Run(string.Join('\n', lines) + "\n", TestContext.Current.CancellationToken, "live");

        Assert.True(code == 0, error);
        Assert.Contains($"repsense: warning: stdin:{bad + 1}: expected a number in column 2 (\"ax_g\"), found \"0.6O43\"", error);
        Assert.Contains("repsense: warning: in all, 1 row skipped for a cell that is not a number", error);
        Assert.Equal(TruthReps("dumbbell-row.csv"), output.Split('\n').Count(l => l.StartsWith("set 1 rep ", StringComparison.Ordinal)));
    }

    /// <summary>A generic CSV sample (g, deg/s) as Sensor Logger push messages (m/s², rad/s) of 25 readings each,
    /// with an orientation reading the command must ignore.</summary>
    private static List<string> PushMessages(string sample)
    {
        const long origin = 1_700_000_000_000_000_000;
        var rows = File.ReadAllLines(RepositoryFolder.SampleData(sample)).Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        var messages = new List<string>();
        for (int first = 0; first < rows.Count; first += 25)
        {
            var payload = new List<string>();
            foreach (var r in rows.Skip(first).Take(25))
            {
                long ns = origin + (long)Math.Round(r[0] * 1e9);
                payload.Add(Reading("totalacceleration", ns, r[1] * 9.80665, r[2] * 9.80665, r[3] * 9.80665));
                payload.Add(Reading("gyroscope", ns, r[4] * Math.PI / 180, r[5] * Math.PI / 180, r[6] * Math.PI / 180));
                payload.Add($$$"""{"name":"orientation","time":{{{ns}}},"values":{"qx":0,"qy":0,"qz":0,"qw":1}}""");
            }
            messages.Add($$"""{"messageId":{{messages.Count}},"sessionId":"s","deviceId":"d","payload":[{{string.Join(",", payload)}}]}""");
        }
        return messages;

        static string Reading(string name, long ns, double x, double y, double z) => string.Create(CultureInfo.InvariantCulture,
            $$$"""{"name":"{{{name}}}","time":{{{ns}}},"values":{"x":{{{x}}},"y":{{{y}}},"z":{{{z}}}}}""");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Posts until the server answers (it starts on another thread).</summary>
    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, string body)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }

    /// <summary>A <c>live --port</c> session on a free port, running on another thread until <see cref="End"/>.</summary>
    private sealed class PushSession : IDisposable
    {
        private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        private readonly Task<(int Code, string Out, string Err)> _session;

        public PushSession(params string[] options)
        {
            Port = FreePort();
            _session = Task.Run(() => Run("", _stop.Token, ["live", "--port", Port.ToString(CultureInfo.InvariantCulture), .. options]));
        }

        public int Port { get; }
        public string Url => $"http://127.0.0.1:{Port}/";
        public HttpClient Client { get; } = new();

        /// <summary>Posts to the session's URL (plus <paramref name="query"/>), once it answers.</summary>
        public Task<HttpResponseMessage> Post(string body, string query = "") => LiveCommandTests.Post(Client, Url + query, body);

        /// <summary>Ends the session as Ctrl+C would, and returns its exit code, stdout and stderr.</summary>
        public async Task<(int Code, string Out, string Err)> End()
        {
            _stop.Cancel();
            return await _session;
        }

        public void Dispose()
        {
            Client.Dispose();
            _stop.Dispose();
        }
    }

    [Fact]
    public async Task Sensor_Logger_pushing_over_HTTP_gets_every_rep_counted()
    {
        using var push = new PushSession("--json");
        string url = push.Url;

        foreach (var message in PushMessages("dumbbell-row.csv"))
            Assert.Equal(HttpStatusCode.OK, (await push.Post(message)).StatusCode);
        var (code, output, error) = await push.End();

        Assert.True(code == 0, error);
        Assert.Contains($"listening for Sensor Logger's HTTP push on {url}", error);
        var events = JsonLines(output);
        Assert.Equal(TruthReps("dumbbell-row.csv"), events.Count(e => e.GetProperty("event").GetString() == "rep"));
        Assert.Equal("setEnded", events[^1].GetProperty("event").GetString());
    }

    [Fact]
    public async Task A_bad_push_is_answered_400_and_warned_about_and_the_batches_after_it_are_counted()
    {
        using var push = new PushSession("--json");
        string url = push.Url;
        var messages = PushMessages("dumbbell-row.csv");

        Assert.Equal(HttpStatusCode.OK, (await push.Post(messages[0])).StatusCode);
        var notJson = await push.Post("not json");
        var notAPush = await push.Post("""{"messageId":41,"payload":[{"name":"gyroscope","time":1700000000000000000}]}""");
        var statuses = new List<HttpStatusCode>();
        foreach (var message in messages.Skip(1)) statuses.Add((await push.Post(message)).StatusCode);
        var (code, output, error) = await push.End();

        Assert.True(code == 0, error);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAPush.StatusCode);
        Assert.StartsWith("message 2: expected a Sensor Logger push, a JSON object {\"payload\"",
            await notJson.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Contains($"repsense: warning: {url}: message 2: expected a Sensor Logger push", error);
        Assert.Contains($"repsense: warning: {url}: message 3 (messageId 41): expected a Sensor Logger push", error);
        Assert.Contains("found payload item 1 (\"gyroscope\") without finite numbers x, y and z in its \"values\"; its readings were dropped", error);
        Assert.Contains("repsense: warning: in all, 2 messages were not of the expected shape and their readings were dropped", error);
        Assert.Equal(TruthReps("dumbbell-row.csv"), JsonLines(output).Count(e => e.GetProperty("event").GetString() == "rep"));
    }

    [Fact]
    public async Task A_batch_sent_again_is_warned_about_and_counts_no_rep_twice()
    {
        using var push = new PushSession("--json");
        var messages = PushMessages("dumbbell-row.csv");

        // After a network hiccup the app sends the last few batches again.
        for (int i = 0; i < messages.Count; i++)
        {
            await push.Post(messages[i]);
            if (i % 40 == 39)
                foreach (var again in messages.Skip(i - 3).Take(4)) await push.Post(again);
        }
        var (code, output, error) = await push.End();

        Assert.True(code == 0, error);
        int resent = messages.Count / 40 * 4;
        Assert.Contains($"repsense: warning: in all, {resent} messages repeated readings already received (or older ones), and those were dropped", error);
        Assert.Contains("were no newer than the last of their sensor already received (sent again?) and dropped", error);
        Assert.Equal(TruthReps("dumbbell-row.csv"), JsonLines(output).Count(e => e.GetProperty("event").GetString() == "rep"));
    }

    [Fact]
    public async Task Listening_on_every_address_refuses_a_push_without_the_token_and_counts_the_pushes_with_it()
    {
        using var push = new PushSession("--listen", "0.0.0.0", "--token", "s3cret", "--json");
        var messages = PushMessages("dumbbell-row.csv");

        var withoutToken = await push.Post(messages[0]);
        var wrongToken = await push.Post(messages[0], "?token=s3cres");
        var statuses = new List<HttpStatusCode>();
        foreach (var message in messages.Take(messages.Count / 2)) statuses.Add((await push.Post(message, "?token=s3cret")).StatusCode);
        push.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "s3cret");
        foreach (var message in messages.Skip(messages.Count / 2)) statuses.Add((await push.Post(message)).StatusCode);
        var (code, output, error) = await push.End();

        Assert.True(code == 0, error);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Contains($"listening for Sensor Logger's HTTP push on http://0.0.0.0:{push.Port}/ (every IPv4 address of this machine); requests need ?token=…", error);
        Assert.Contains("without the token was refused (401)", error);
        Assert.Contains("in all, 2 requests were refused for want of the token", error);
        Assert.Equal(TruthReps("dumbbell-row.csv"), JsonLines(output).Count(e => e.GetProperty("event").GetString() == "rep"));
    }

    [Theory]
    [InlineData("--port 8765 --listen 0.0.0.0", "--listen lets other machines push: give --token T too")]
    [InlineData("--listen 0.0.0.0 --token t", "--listen and --token go with --port")]
    [InlineData("--token t", "--listen and --token go with --port")]
    [InlineData("--port 8765 --listen phone.local --token t", "--listen takes an IP address of this machine, or 0.0.0.0 for every IPv4 address; found 'phone.local'")]
    [InlineData("--port 8765 --listen :: --token t", "found '::'")]
    public void Listen_and_token_misused_are_usage_errors(string args, string message)
    {
        var (code, _, error) = Run("", TestContext.Current.CancellationToken, ["live", .. args.Split(' ')]);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("", "stdin is empty")]
    [InlineData("\n\n", "stdin is empty")]
    [InlineData("t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps\n", "stdin has a header but no samples")]
    [InlineData("a,b,c\n", "stdin: the header matches no supported format (header seen: \"a,b,c\")")]
    public void Input_without_samples_is_bad_input_as_it_is_for_a_file(string input, string message)
    {
        var (code, output, error) = Run(input, TestContext.Current.CancellationToken, "live");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Equal("", output);
        Assert.Contains($"repsense: {message}", error);
    }

    [Fact]
    public void Help_says_that_json_prints_a_line_per_event_not_one_document()
    {
        var (code, output, _) = Run("", TestContext.Current.CancellationToken, "live", "--help");

        Assert.Equal(0, code);
        // The option's entry: its line and the wrapped lines after it, up to the next option.
        var lines = output.Split('\n');
        int first = Array.FindIndex(lines, line => line.TrimStart().StartsWith("--json", StringComparison.Ordinal));
        var entry = lines.Skip(first).Take(1).Concat(lines.Skip(first + 1).TakeWhile(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('-')));
        string json = string.Join(" ", entry.Select(l => l.Trim()));
        Assert.Contains("JSON Lines", json);
        Assert.DoesNotContain("exactly one JSON document", json);
    }
}
