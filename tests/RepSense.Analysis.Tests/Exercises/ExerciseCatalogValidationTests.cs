using System.Text;
using RepSense.Analysis.Exercises;
using RepSense.Ingest;

namespace RepSense.Analysis.Tests.Exercises;

public class ExerciseCatalogValidationTests
{
    private const string Increments = """
        "barbell": { "kg": 2.5, "lb": 5 }, "dumbbell": { "kg": 2, "lb": 5 }, "cable": { "kg": 5, "lb": 10 },
        "machine": { "kg": 5, "lb": 10 }, "bodyweight": { "kg": 2.5, "lb": 5 }, "kettlebell": { "kg": 4, "lb": 10 },
        "trap-bar": { "kg": 2.5, "lb": 5 }, "landmine": { "kg": 2.5, "lb": 5 }, "band": { "kg": 0, "lb": 0 },
        "suspension-trainer": { "kg": 0, "lb": 0 }, "smith-machine": { "kg": 2.5, "lb": 5 },
        "ez-bar": { "kg": 2.5, "lb": 5 }, "plate": { "kg": 2.5, "lb": 5 }
        """;

    private static string Exercise(string name, string aliases = "", string pattern = "horizontal-pull",
        string reps = "8-12", string extra = "") => $$"""
        {
          "name": "{{name}}", "displayName": "{{name}}", "aliases": [{{aliases}}],
          "pattern": "{{pattern}}", "back": true, "equipment": ["dumbbell"], "muscles": ["lats"],
          "schemes": [ { "sets": "3", "reps": "{{reps}}", "source": "a", "quote": "three sets" } ],
          "tempo": {}, {{extra}}
          "motion": { "concentric": "up", "startsWith": "concentric", "repDurationS": [1, 5], "laterality": "bilateral" }
        }
        """;

    private static string Document(params string[] exercises) => $$"""
        {
          // comments are allowed in the catalog
          "sources": { "a": { "file": "a.txt", "title": "Article A" } },
          "increments": { {{Increments}} },
          "defaults": { "progression": { "rule": "double", "sets": 3, "reps": "8-12" } },
          "guidance": {
            "weeklyBackSets": { "min": 12, "max": 18, "source": "a", "quote": "q" },
            "pullRatio": { "verticalToHorizontal": 1.0, "source": "a", "quote": "q" },
            "lateSetCheatReps": { "reps": 2, "source": "a", "quote": "q" },
            "repByRepProgress": { "source": "a", "quote": "q" }
          },
          "exercises": [ {{string.Join(",", exercises)}} ]
        }
        """;

    private static ExerciseCatalog Load(string json) =>
        ExerciseCatalogLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void The_embedded_catalog_loads_and_has_one_entry_per_exercise_name()
    {
        var catalog = ExerciseCatalog.Default;
        Assert.True(catalog.All.Count >= 40);
        Assert.Equal(catalog.All.Count, catalog.All.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void A_well_formed_document_loads_with_defaults_filled_in()
    {
        var catalog = Load(Document(Exercise("band-row", "\"rubber row\"")));
        var profile = Assert.Single(catalog.All);
        Assert.Equal(ProgressionRule.Double, profile.Progression.Rule);
        Assert.Equal(new LoadIncrement(2, 5), profile.Progression.Increment);
        Assert.Equal(MomentumPolicy.Neutral, profile.Tempo.Momentum);
        Assert.Equal(2, profile.Tempo.LateSetCheatReps);
        Assert.True(catalog.TryResolve("Rubber Row", out _));
    }

    [Fact]
    public void Two_exercises_sharing_an_alias_after_normalisation_are_rejected()
    {
        var ex = Assert.Throws<RepSenseException>(() => Load(Document(
            Exercise("one-row", "\"DB Row\""),
            Exercise("other-row", "\"db-row\""))));
        Assert.Contains("test.json", ex.Message);
        Assert.Contains("'db-row' of exercise 'other-row' is already a name or alias of exercise 'one-row'", ex.Message);
    }

    [Fact]
    public void An_alias_equal_to_another_exercises_name_is_rejected()
    {
        var ex = Assert.Throws<RepSenseException>(() => Load(Document(
            Exercise("seal-row"),
            Exercise("other-row", "\"Seal Row\""))));
        Assert.Contains("exercise 'seal-row'", ex.Message);
    }

    [Theory]
    [InlineData("pattern", "diagonal-pull", "unknown pattern 'diagonal-pull' (expected one of vertical-pull, horizontal-pull")]
    [InlineData("reps", "8 to 12", "scheme reps '8 to 12' is not a range")]
    [InlineData("name", "Seal Row", "the name must be lower-case kebab (found 'Seal Row')")]
    public void A_bad_value_is_reported_with_the_exercise_and_what_was_expected(string field, string value, string expected)
    {
        string json = field switch
        {
            "pattern" => Document(Exercise("x-row", pattern: value)),
            "reps" => Document(Exercise("x-row", reps: value)),
            _ => Document(Exercise(value)),
        };
        var ex = Assert.Throws<RepSenseException>(() => Load(json));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void A_misspelt_key_is_rejected_rather_than_ignored()
    {
        var ex = Assert.Throws<RepSenseException>(() => Load(Document(Exercise("x-row", extra: "\"tempoo\": {},"))));
        Assert.Contains("tempoo", ex.Message);
    }

    [Fact]
    public void A_linear_progression_with_a_rep_range_is_rejected()
    {
        var ex = Assert.Throws<RepSenseException>(() => Load(Document(Exercise("x-row",
            extra: "\"progression\": { \"rule\": \"linear\", \"sets\": 3, \"reps\": \"8-12\" },"))));
        Assert.Contains("a linear progression has one rep target", ex.Message);
    }

    [Fact]
    public void A_source_that_is_not_an_article_of_the_file_is_rejected()
    {
        var ex = Assert.Throws<RepSenseException>(() => Load(Document(Exercise("x-row",
            extra: "\"progression\": { \"rule\": \"linear\", \"sets\": 3, \"reps\": \"5\", \"source\": \"blog\", \"quote\": \"q\" },"))));
        Assert.Contains("source 'blog' is not one of the sources", ex.Message);
    }
}
