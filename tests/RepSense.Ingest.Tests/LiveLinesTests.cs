using System.Reactive.Linq;
using System.Reactive.Subjects;
using RepSense.Ingest.Live;
using static RepSense.Ingest.Tests.Fixtures;

namespace RepSense.Ingest.Tests;

/// <summary>Lines arriving one by one (stdin, an HTTP push) go through the same detection and per-record reader as
/// files, so a file and the same text streamed as lines give the same samples.</summary>
public class LiveLinesTests
{
    [Theory]
    [InlineData("generic-6axis.csv")]
    [InlineData("physics-toolbox/2024-03-0109.15.30.csv")]
    [InlineData("phyphox/acceleration-tab-comma.csv")]
    [InlineData("physics-toolbox-linear.csv")]
    [InlineData("actigraph-raw.csv")]
    [InlineData("sensorlog.csv")]
    public void Lines_of_a_file_give_the_same_samples_as_the_file(string fixture)
    {
        var fromFile = ReadAll(Path(fixture)).Samples;
        var lines = File.ReadAllLines(Path(fixture));

        var live = lines.ToObservable().ParseSamples("stdin", new IngestDiagnostics()).ToList().Wait();

        Assert.Equal(fromFile, live);
    }

    [Fact]
    public void A_sample_is_emitted_when_the_next_line_shows_its_time_is_not_repeated()
    {
        var lines = new Subject<string>();
        var output = new List<ImuSample>();
        using var subscription = lines.ParseSamples("push", new IngestDiagnostics()).Subscribe(output.Add);

        lines.OnNext("t_s,ax_g,ay_g,az_g");
        lines.OnNext("0.00,0,0,1");
        Assert.Empty(output);
        lines.OnNext("0.01,0,0,1");
        Assert.Single(output);
        lines.OnCompleted();
        Assert.Equal(2, output.Count);
    }

    [Fact]
    public void Recoverable_problems_are_reported_with_the_line_number()
    {
        var diagnostics = new IngestDiagnostics();
        string[] lines = ["t_s,ax_g,ay_g,az_g", "0,0,0,1", "0,0,0,1", "0.01,NaN,0,1", "0.02,0,0,1"];

        var samples = lines.ToObservable().ParseSamples("stdin", diagnostics).ToList().Wait();

        Assert.Equal(2, samples.Count);
        Assert.Equal([(IngestProblemKind.RepeatedTimestamp, 3L), (IngestProblemKind.NotANumber, 4L)],
            diagnostics.Problems.Select(p => (p.Kind, p.Line)));
    }

    [Fact]
    public void A_line_with_a_cell_that_is_not_a_number_is_skipped_and_reported_with_its_line_and_the_lines_after_it_are_read()
    {
        var diagnostics = new IngestDiagnostics();
        string[] lines = ["t_s,ax_g,ay_g,az_g", "0,0,0,1", "0.01,x,0,1", "0.02,0,0,1"];

        var samples = lines.ToObservable().ParseSamples("stdin", diagnostics).ToList().Wait();

        Assert.Equal([0, 0.02], samples.Select(s => s.TimeS));
        var problem = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.MalformedRow, 3L), (problem.Kind, problem.Line));
        Assert.StartsWith("stdin:3: expected a number in column 2 (\"ax_g\"), found \"x\"", problem.ToString());
    }

    [Fact]
    public void A_line_with_more_fields_than_the_header_is_skipped_and_reported_and_the_lines_after_it_are_read()
    {
        var diagnostics = new IngestDiagnostics();
        string[] lines = ["t_s,ax_g,ay_g,az_g", "0,0,0,1", "0,01,0,0,0,1", "0.02,0,0,1"];

        var samples = lines.ToObservable().ParseSamples("stdin", diagnostics).ToList().Wait();

        Assert.Equal([0, 0.02], samples.Select(s => s.TimeS));
        var problem = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.ExtraFields, 3L), (problem.Kind, problem.Line));
        Assert.StartsWith("stdin:3: expected 4 fields as in the header, found 6", problem.ToString());
        Assert.Contains("decimal commas with a comma delimiter", problem.Message);
        Assert.Equal(["1 row skipped for having more fields than the header"], diagnostics.Totals);
    }

    [Fact]
    public void Blank_lines_between_rows_are_reported_as_in_a_file_and_blank_lines_at_the_end_are_not()
    {
        var diagnostics = new IngestDiagnostics();
        string[] lines = ["t_s,ax_g,ay_g,az_g", "", "0,0,0,1", "", "0.01,0,0,1", "  ", "0.02,0,0,1", "", ""];

        var samples = lines.ToObservable().ParseSamples("stdin", diagnostics).ToList().Wait();

        Assert.Equal(3, samples.Count);
        Assert.Equal([(IngestProblemKind.BlankLine, 2L), (IngestProblemKind.BlankLine, 4L), (IngestProblemKind.BlankLine, 6L)],
            diagnostics.Problems.Select(p => (p.Kind, p.Line)));
    }

    [Fact]
    public void Diagnostics_with_a_listener_tell_each_problem_as_it_is_reported_up_to_the_detail_limit_and_count_them_all()
    {
        var told = new List<IngestProblem>();
        var diagnostics = new IngestDiagnostics(told.Add);
        var lines = new Subject<string>();
        using var subscription = lines.ParseSamples("stdin", diagnostics).Subscribe(_ => { });
        int bad = IngestDiagnostics.MaxDetailsPerKind + 5;

        lines.OnNext("t_s,ax_g,ay_g,az_g");
        lines.OnNext("0,0,0,1");
        lines.OnNext("0.01,NaN,0,1");
        Assert.Equal([3L], told.Select(p => p.Line));
        for (int i = 1; i < bad; i++) lines.OnNext($"0.{i + 1:00},NaN,0,1");

        Assert.Equal(IngestDiagnostics.MaxDetailsPerKind, told.Count);
        Assert.Equal([$"{bad} rows skipped for a NaN or infinite value"], diagnostics.Totals);
    }

    [Fact]
    public void Unknown_header_ends_the_stream_quoting_it()
    {
        string[] lines = ["a,b,c", "1,2,3"];

        var error = Assert.Throws<UnknownFormatException>(() => lines.ToObservable().ParseSamples("stdin", new IngestDiagnostics()).ToList().Wait());

        Assert.Contains("stdin: the header matches no supported format (header seen: \"a,b,c\")", error.Message);
        Assert.Equal("a,b,c", error.HeaderLine);
        Assert.Equal("stdin", error.File);
    }

    [Fact]
    public void Binary_input_ends_the_stream_as_not_text_without_echoing_it()
    {
        string[] lines = ["\u0000\u0007PK\u0003\u0004\u001b[31m", "\u0000\u0000\u0001,\u0002"];

        var error = Assert.Throws<RepSenseException>(() => lines.ToObservable().ParseSamples("stdin", new IngestDiagnostics()).ToList().Wait());

        Assert.StartsWith("stdin: not a text file (", error.Message);
        Assert.DoesNotContain(error.Message, char.IsControl);
    }

    [Fact]
    public void Formats_can_be_restricted_to_a_known_one()
    {
        string[] lines = ["t_s,ax_g,ay_g,az_g", "0,0,0,1"];

        var error = Assert.Throws<UnknownFormatException>(() => lines.ToObservable()
            .ParseSamples("stdin", new IngestDiagnostics(), formats: [Formats.Formats.SensorLog]).ToList().Wait());

        Assert.Contains("matches no supported format", error.Message);
    }

    [Fact]
    public void A_line_with_fewer_fields_than_the_header_is_skipped_and_reported_and_the_lines_after_it_are_read()
    {
        var diagnostics = new IngestDiagnostics();
        string[] lines = ["t_s,ax_g,ay_g,az_g", "0,0,0,1", "0.01,0,0", "0.02,0,0,1"];

        var samples = lines.ToObservable().ParseSamples("stdin", diagnostics).ToList().Wait();

        Assert.Equal([0, 0.02], samples.Select(s => s.TimeS));
        var problem = Assert.Single(diagnostics.Problems);
        Assert.Equal((IngestProblemKind.ShortRow, 3L), (problem.Kind, problem.Line));
        Assert.StartsWith("stdin:3: 3 fields, expected at least 4", problem.ToString());
    }

    [Fact]
    public void A_problem_in_the_first_row_is_told_as_that_row_arrives()
    {
        var told = new List<IngestProblem>();
        var lines = new Subject<string>();
        using var subscription = lines.ParseSamples("stdin", new IngestDiagnostics(told.Add)).Subscribe(_ => { });

        lines.OnNext("t_s,ax_g,ay_g,az_g");
        lines.OnNext("0,NaN,0,1");

        Assert.Equal([(IngestProblemKind.NotANumber, 2L)], told.Select(p => (p.Kind, p.Line)));
    }

    [Fact]
    public void A_source_whose_first_lines_match_no_format_is_stopped_after_the_lines_a_preamble_may_take()
    {
        var lines = new Subject<string>();
        Exception? error = null;
        using var subscription = lines.ParseSamples("stdin", new IngestDiagnostics()).Subscribe(_ => { }, e => error = e);

        for (int i = 1; i < LiveLines.MaxHeaderLines; i++) lines.OnNext($"note {i},{i}");
        Assert.Null(error); // still perhaps a preamble
        lines.OnNext("1,2");

        var unknown = Assert.IsType<UnknownFormatException>(error);
        Assert.Equal("stdin", unknown.File);
    }

    [Fact]
    public void A_source_that_sends_only_a_header_it_does_not_know_is_told_so_when_it_ends()
    {
        string[] lines = ["a,b,c"];

        var error = Assert.Throws<UnknownFormatException>(() => lines.ToObservable().ParseSamples("stdin", new IngestDiagnostics()).ToList().Wait());

        Assert.Equal("a,b,c", error.HeaderLine);
    }

    [Fact]
    public void A_source_that_sends_only_a_known_header_ends_without_samples_or_problems()
    {
        var diagnostics = new IngestDiagnostics();
        string[] lines = ["t_s,ax_g,ay_g,az_g", ""];

        var samples = lines.ToObservable().ParseSamples("stdin", diagnostics).ToList().Wait();

        Assert.Empty(samples);
        Assert.Empty(diagnostics.Problems);
    }

    [Fact]
    public void An_error_of_the_source_ends_the_samples_with_that_error()
    {
        var failure = new IOException("the pipe broke");
        var lines = Observable.Return("t_s,ax_g,ay_g,az_g").Concat(Observable.Return("0,0,0,1")).Concat(Observable.Throw<string>(failure));
        Exception? error = null;

        using var subscription = lines.ParseSamples("stdin", new IngestDiagnostics()).Subscribe(_ => { }, e => error = e);

        Assert.Same(failure, error);
    }

    [Fact]
    public void Missing_arguments_are_refused_when_the_pipeline_is_built()
    {
        var lines = Observable.Empty<string>();

        Assert.Throws<ArgumentNullException>(() => ((IObservable<string>)null!).ParseSamples("stdin", new IngestDiagnostics()));
        Assert.Throws<ArgumentException>(() => lines.ParseSamples("", new IngestDiagnostics()));
        Assert.Throws<ArgumentNullException>(() => lines.ParseSamples("stdin", null!));
    }
}
