using System.Text.Json;
using RepSense.Log.Store;

namespace RepSense.Cli.Tests.Log;

public class LogCommandTests
{
    [Fact]
    public void Next_json_after_five_four_three_then_five_four_four_keeps_the_weight_and_aims_for_five_five_four()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("log", "add", "deadlift", "100kg", "5,4,3", "--date", "2025-03-03").Code);
        Assert.Equal(0, cli.Run("log", "add", "Deadlift", "100", "5,4,4", "--date", "2025-03-06").Code);

        var (code, output, _) = cli.Run("next", "deadlift", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["exercise", "weight", "unit", "sets", "reps", "rule", "reason", "measure", "deload"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("deadlift", 100.0, "kg", 3, "linear"),
            (root.GetProperty("exercise").GetString(), root.GetProperty("weight").GetDouble(), root.GetProperty("unit").GetString(),
             root.GetProperty("sets").GetInt32(), root.GetProperty("rule").GetString()));
        Assert.Equal([5, 5, 4], root.GetProperty("reps").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Contains("5,4,4 beat 5,4,3", root.GetProperty("reason").GetString());
    }

    [Fact]
    public void Next_without_an_exercise_gives_one_target_per_exercise_as_a_json_array()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "deadlift", "100kg", "3x5", "--date", "2025-03-03");
        cli.Run("log", "add", "db row", "30kg", "12,12,12", "--date", "2025-03-03");

        using var json = JsonDocument.Parse(cli.Run("next", "--json").Out);

        var targets = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("exercise").GetString()!, e => e.GetProperty("weight").GetDouble());
        Assert.Equal(102.5, targets["deadlift"]);
        Assert.Equal(32, targets["dumbbell-row"]);
    }

    [Fact]
    public void Planned_sets_are_completed_by_the_sets_logged_that_day()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "seated row", "60kg", "4x10", "--planned", "--date", "2025-03-03");
        var (code, output, _) = cli.Run("log", "add", "seated row", "60kg", "10,10,9,8", "--date", "2025-03-03", "--rpe", "9");

        Assert.Equal(0, code);
        Assert.Contains("Completed the planned sets 1, 2, 3, 4", output);
        using var store = LogStore.Open(cli.Log);
        Assert.Equal([10, 10, 9, 8], store.Sets("seated-cable-row").Select(s => s.LoggedReps!.Value));
        Assert.All(store.Sets("seated-cable-row"), s => Assert.Equal(9, s.Rpe));
    }

    [Fact]
    public void An_unknown_exercise_exits_1_with_the_nearest_catalog_names()
    {
        using var cli = new CliRun();
        var (code, _, error) = cli.Run("log", "add", "dumbell rwo", "30kg", "3x10");
        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("Unknown exercise 'dumbell rwo'", error);
        Assert.Contains("closest: dumbbell-row", error);
    }

    [Theory]
    [InlineData("log", "add", "deadlift", "100kg", "3y5")]
    [InlineData("log", "add", "deadlift", "100kg", "3x5", "--date", "03/01/2025")]
    [InlineData("volume", "--week", "yesterday")]
    public void Malformed_arguments_are_usage_errors(params string[] args)
    {
        using var cli = new CliRun();
        Assert.Equal((int)ExitCode.Usage, cli.Run(args).Code);
    }

    [Fact]
    public void A_malformed_export_exits_1_naming_file_and_line_and_writes_nothing()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "deadlift", "100kg", "3x5", "--date", "2025-03-03");
        string file = cli.Folder.Write("bad.csv", StrongFixture.Workouts(3, 2).Replace("\"80\";\"5\"", "\"80\";\"five\""));

        var (code, _, error) = cli.Run("log", "import", file);

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains($"{file}:2: field 'Reps': expected a number, found 'five'", error);
        using var store = LogStore.Open(cli.Log);
        Assert.Single(store.Workouts());
        Assert.Equal(3, store.Sets().Count);
    }

    [Fact]
    public void Importing_an_export_maps_names_to_the_catalog_and_a_second_import_adds_only_new_workouts()
    {
        using var cli = new CliRun();
        var (code, output, _) = cli.Run("log", "import", cli.Folder.Write("a.csv", StrongFixture.Workouts(2, 3)));
        Assert.Equal(0, code);
        Assert.Contains("Imported 2 workouts (12 sets)", output);
        Assert.Contains("Deadlift (Barbell) → deadlift", output);

        var (_, again, _) = cli.Run("log", "import", cli.Folder.Write("b.csv", StrongFixture.Workouts(3, 3)));
        Assert.Contains("Imported 1 workouts (6 sets)", again);
        Assert.Contains("2 were already in the log", again);
    }

    [Fact]
    public void History_and_volume_json_are_one_document_each()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "pull-up", "bw", "3x8", "--date", "2025-03-04");
        cli.Run("log", "add", "bent-over row", "60kg", "3x8", "--date", "2025-03-05");
        cli.Run("log", "add", "bent-over row", "62.5kg", "3x8", "--date", "2025-03-07");

        using var history = JsonDocument.Parse(cli.Run("history", "bent-over-row", "--json").Out);
        Assert.Equal(2, history.RootElement.GetProperty("sessions").GetArrayLength());
        Assert.Equal(62.5 * (1 + 8 / 30.0), history.RootElement.GetProperty("bestE1rm").GetDouble(), 6);

        using var volume = JsonDocument.Parse(cli.Run("volume", "--week", "2025-03-06", "--json").Out);
        var root = volume.RootElement;
        Assert.Equal(("2025-03-03", 9, "under", "more-horizontal"),
            (root.GetProperty("from").GetString(), root.GetProperty("backSets").GetInt32(), root.GetProperty("backStatus").GetString(),
             root.GetProperty("ratioStatus").GetString()));
        Assert.Equal(6, root.GetProperty("setsByPattern").GetProperty("horizontal-pull").GetInt32());
    }

    [Fact]
    public void History_prints_a_table_with_each_sessions_sets()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "deadlift", "100kg", "5,4,4", "--date", "2025-03-03");
        var (code, output, _) = cli.Run("history", "deadlift");
        Assert.Equal(0, code);
        Assert.Contains("2025-03-03", output);
        Assert.Contains("100 kg × 5,4,4", output);
    }

    [Fact]
    public void A_rule_of_your_own_replaces_the_catalog_default_in_next()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "deadlift", "100kg", "5x5", "--date", "2025-03-03");
        var (code, output, _) = cli.Run("log", "rule", "deadlift", "linear", "5x5", "--increment", "5kg");
        Assert.Equal(0, code);
        Assert.Contains("linear 5×5, +5 kg", output);

        using var json = JsonDocument.Parse(cli.Run("next", "deadlift", "--json").Out);
        Assert.Equal(105, json.RootElement.GetProperty("weight").GetDouble());

        Assert.Contains("back to the catalog's rule", cli.Run("log", "rule", "deadlift", "--reset").Out);
    }

    [Fact]
    public void Export_to_a_file_writes_the_chosen_layout()
    {
        using var cli = new CliRun();
        cli.Run("log", "add", "deadlift", "100kg", "3x5", "--date", "2025-03-03");
        string file = cli.Folder.File("out.csv");
        Assert.Equal(0, cli.Run("log", "export", "--format", "strong", "--output", file).Code);
        Assert.StartsWith(StrongFixture.Header, File.ReadAllText(file));
        Assert.False(File.Exists(file + ".partial"));
    }
}
