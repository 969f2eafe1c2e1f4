using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using RepSense.Ingest;

namespace RepSense.Analysis.Exercises;

/// <summary>
/// Reads exercises.json into an <see cref="ExerciseCatalog"/> and checks it on the way: every required field
/// present, every enum spelling known, every source an article of the file, ranges well-formed, names kebab-case,
/// and no two exercises sharing a name or alias after normalisation. Any problem is a
/// <see cref="RepSenseException"/> naming the exercise.
/// </summary>
internal static partial class ExerciseCatalogLoader
{
    internal const string ResourceName = "RepSense.Analysis.Exercises.exercises.json";

    public static ExerciseCatalog LoadEmbedded()
    {
        using var stream = typeof(ExerciseCatalogLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        return Load(stream, "exercises.json");
    }

    /// <param name="json">The catalog document.</param>
    /// <param name="file">Name used in error messages.</param>
    public static ExerciseCatalog Load(Stream json, string file)
    {
        CatalogFileDto dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, CatalogFileJson.Default.CatalogFileDto)
                  ?? throw new RepSenseException($"{file}: the document is empty (expected a catalog object).");
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is { } line ? $"{file}:{line + 1}:{ex.BytePositionInLine + 1}" : file;
            throw new RepSenseException($"{where}: the catalog is not valid JSON of the expected shape ({ex.Message}).", ex);
        }
        return new Reader(file, dto).Read();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabName();

    /// <summary>One load: holds the file name and the parts already read so messages can name the exercise.</summary>
    private sealed class Reader(string file, CatalogFileDto dto)
    {
        private Dictionary<string, SeedArticle> _articles = [];
        private Dictionary<Equipment, LoadIncrement> _increments = [];
        private string _context = "";

        public ExerciseCatalog Read()
        {
            _context = "sources";
            _articles = (dto.Sources ?? Fail<Dictionary<string, ArticleDto>>("the 'sources' table is missing"))
                .ToDictionary(kv => kv.Key, kv => new SeedArticle(
                    kv.Key,
                    Required(kv.Value.File, $"sources.{kv.Key}.file"),
                    Required(kv.Value.Title, $"sources.{kv.Key}.title")));

            _context = "increments";
            _increments = [];
            foreach (var (key, value) in dto.Increments ?? Fail<Dictionary<string, IncrementDto>>("the 'increments' table is missing"))
            {
                var equipment = Parse<Equipment>(key, "equipment");
                double kg = value.Kg ?? Fail<double>($"increments.{key}.kg is missing");
                double lb = value.Lb ?? Fail<double>($"increments.{key}.lb is missing");
                if (kg < 0 || lb < 0) Fail<double>($"increments.{key} is negative");
                _increments[equipment] = new LoadIncrement(kg, lb);
            }
            foreach (var equipment in Enum.GetValues<Equipment>())
                if (!_increments.ContainsKey(equipment))
                    Fail<int>($"no increment for equipment '{KebabEnum.ToKebab(equipment)}'");

            _context = "guidance";
            var guidance = ReadGuidance(dto.Guidance ?? Fail<GuidanceDto>("the 'guidance' section is missing"));

            _context = "defaults";
            var defaultProgression = dto.Defaults?.Progression ?? Fail<ProgressionDto>("defaults.progression is missing");

            var profiles = new List<ExerciseProfile>();
            foreach (var exercise in dto.Exercises ?? Fail<List<ExerciseDto>>("the 'exercises' list is missing"))
                profiles.Add(ReadExercise(exercise, defaultProgression, guidance));

            _context = "exercises";
            var index = BuildIndex(profiles);
            return new ExerciseCatalog(profiles, index, _articles, _increments, guidance);
        }

        private TrainingGuidance ReadGuidance(GuidanceDto g)
        {
            var weekly = g.WeeklyBackSets ?? Fail<WeeklyBackSetsDto>("guidance.weeklyBackSets is missing");
            var ratio = g.PullRatio ?? Fail<PullRatioDto>("guidance.pullRatio is missing");
            var cheat = g.LateSetCheatReps ?? Fail<CheatRepsDto>("guidance.lateSetCheatReps is missing");
            var progress = g.RepByRepProgress ?? Fail<QuoteDto>("guidance.repByRepProgress is missing");
            return new TrainingGuidance(
                weekly.Min ?? Fail<int>("guidance.weeklyBackSets.min is missing"),
                weekly.Max ?? Fail<int>("guidance.weeklyBackSets.max is missing"),
                Source(weekly, "guidance.weeklyBackSets"),
                ratio.VerticalToHorizontal ?? Fail<double>("guidance.pullRatio.verticalToHorizontal is missing"),
                Source(ratio, "guidance.pullRatio"),
                cheat.Reps ?? Fail<int>("guidance.lateSetCheatReps.reps is missing"),
                Source(cheat, "guidance.lateSetCheatReps"),
                Source(progress, "guidance.repByRepProgress"));
        }

        private ExerciseProfile ReadExercise(ExerciseDto e, ProgressionDto defaultProgression, TrainingGuidance guidance)
        {
            _context = "an exercise without a name";
            string name = Required(e.Name, "name");
            _context = $"exercise '{name}'";
            if (!KebabName().IsMatch(name))
                Fail<int>($"the name must be lower-case kebab (found '{name}')");

            var equipment = (e.Equipment ?? []).Select(x => Parse<Equipment>(x, "equipment")).ToList();
            if (equipment.Count == 0) Fail<int>("the equipment list is empty");
            var muscles = (e.Muscles ?? []).Select(x => Parse<Muscle>(x, "muscle")).ToList();
            if (muscles.Count == 0) Fail<int>("the muscles list is empty");

            var tempo = ReadTempo(e.Tempo ?? Fail<TempoDto>("'tempo' is missing (write {} for the defaults)"), guidance);
            var progression = ReadProgression(e.Progression ?? defaultProgression, equipment[0], tempo.Counting);

            return new ExerciseProfile(
                name,
                Required(e.DisplayName, "displayName"),
                (e.Aliases ?? []).ToList(),
                Parse<MovementPattern>(Required(e.Pattern, "pattern"), "pattern"),
                e.Back ?? Fail<bool>("'back' is missing"),
                equipment,
                muscles,
                (e.Schemes ?? Fail<List<SchemeDto>>("'schemes' is missing (write [] when no article gives one)"))
                    .Select(ReadScheme).ToList(),
                tempo,
                ReadMotion(e.Motion ?? Fail<MotionDto>("'motion' is missing"), tempo.Counting),
                progression);
        }

        private RepScheme ReadScheme(SchemeDto s)
        {
            var (setsMin, setsMax, _) = s.Sets is null ? (null, null, false) : Range(s.Sets, "scheme sets", allowFailure: false);
            var source = Source(s, "scheme");
            if (s.HoldS is not null)
            {
                if (s.Reps is not null) Fail<int>("a scheme has both reps and holdS");
                var (holdMin, holdMax, _) = Range(s.HoldS, "scheme holdS", allowFailure: false);
                return new RepScheme(Int(setsMin), Int(setsMax), null, null, holdMin, holdMax, false, source);
            }
            var (repsMin, repsMax, failure) = Range(Required(s.Reps, "scheme reps"), "scheme reps", allowFailure: true);
            return new RepScheme(Int(setsMin), Int(setsMax), Int(repsMin), Int(repsMax), null, null, failure, source);
        }

        private TempoPolicy ReadTempo(TempoDto t, TrainingGuidance guidance)
        {
            var sources = new Dictionary<TempoRule, SourceRef>();
            void Note(TempoRule rule, QuoteDto? quote)
            {
                if (quote?.Source is not null) sources[rule] = Source(quote, $"tempo.{KebabEnum.ToKebab(rule)}");
            }

            var momentum = t.Momentum is null
                ? MomentumPolicy.Neutral
                : Parse<MomentumPolicy>(Required(t.Momentum.Value, "tempo.momentum.value"), "momentum");
            Note(TempoRule.Momentum, t.Momentum);

            int cheatReps = 0;
            if (momentum == MomentumPolicy.Neutral)
            {
                cheatReps = guidance.LateSetCheatReps;
                sources[TempoRule.LateSetCheatReps] = guidance.LateSetCheatRepsSource;
            }

            double? holdS = t.TopHold?.Seconds;
            if (holdS is <= 0) Fail<int>("tempo.topHold.seconds must be positive");
            Note(TempoRule.TopHold, t.TopHold);
            Note(TempoRule.DeadStop, t.DeadStop);
            Note(TempoRule.ControlledEccentric, t.ControlledEccentric);
            Note(TempoRule.ExplosiveConcentric, t.ExplosiveConcentric);
            Note(TempoRule.Timed, t.Timed);

            return new TempoPolicy(
                momentum,
                cheatReps,
                PauseAtTop: t.TopHold is not null,
                TopHoldS: holdS,
                DeadStopAtBottom: t.DeadStop is not null,
                ControlledEccentric: t.ControlledEccentric is not null,
                ExplosiveConcentric: t.ExplosiveConcentric is not null,
                Counting: t.Timed is null ? RepCounting.Counted : RepCounting.Timed,
                sources);
        }

        private MotionHints ReadMotion(MotionDto m, RepCounting counting)
        {
            bool startsWithConcentric = Required(m.StartsWith, "motion.startsWith") switch
            {
                "concentric" => true,
                "eccentric" => false,
                var other => Fail<bool>($"motion.startsWith must be 'concentric' or 'eccentric' (found '{other}')"),
            };
            double? minS = null, maxS = null;
            if (m.RepDurationS is { } duration)
            {
                if (duration.Length != 2 || !(duration[0] > 0) || !(duration[1] > duration[0]))
                    Fail<int>("motion.repDurationS must be [min, max] seconds with 0 < min < max");
                (minS, maxS) = (duration[0], duration[1]);
            }
            else if (counting == RepCounting.Counted)
            {
                Fail<int>("motion.repDurationS is missing (only timed exercises may omit it)");
            }
            return new MotionHints(
                Parse<ConcentricDirection>(Required(m.Concentric, "motion.concentric"), "concentric direction"),
                startsWithConcentric,
                minS,
                maxS,
                Parse<Laterality>(Required(m.Laterality, "motion.laterality"), "laterality"),
                m.HandFixed ?? false);
        }

        private ProgressionDefault ReadProgression(ProgressionDto p, Equipment primary, RepCounting counting)
        {
            var rule = Parse<ProgressionRule>(Required(p.Rule, "progression.rule"), "progression rule");
            int sets = p.Sets ?? Fail<int>("progression.sets is missing");
            if (sets < 1) Fail<int>("progression.sets must be at least 1");
            var increment = _increments[primary];
            if (p.IncrementKg is not null || p.IncrementLb is not null)
                increment = new LoadIncrement(p.IncrementKg ?? increment.Kg, p.IncrementLb ?? increment.Lb);
            var source = p.Source is null ? null : Source(p, "progression");

            if (counting == RepCounting.Timed)
            {
                var (holdMin, holdMax, _) = Range(Required(p.HoldS, "progression.holdS (the exercise is timed)"), "progression holdS", allowFailure: false);
                if (holdMin is null || holdMax is null || rule != ProgressionRule.Double)
                    Fail<int>("a timed exercise progresses by double progression over a closed holdS range");
                return new ProgressionDefault(rule, sets, null, null, holdMin, holdMax, increment, source);
            }

            var (repsMin, repsMax, _) = Range(Required(p.Reps, "progression.reps (the exercise is counted)"), "progression reps", allowFailure: false);
            if (repsMin is null || repsMax is null) Fail<int>("progression.reps must be a closed range");
            if (rule == ProgressionRule.Linear && repsMin != repsMax) Fail<int>("a linear progression has one rep target, not a range");
            if (rule == ProgressionRule.Double && repsMin == repsMax) Fail<int>("a double progression needs a rep range");
            return new ProgressionDefault(rule, sets, Int(repsMin), Int(repsMax), null, null, increment, source);
        }

        private Dictionary<string, ExerciseProfile> BuildIndex(List<ExerciseProfile> profiles)
        {
            var index = new Dictionary<string, ExerciseProfile>(StringComparer.Ordinal);
            foreach (var profile in profiles)
            {
                foreach (string key in new[] { profile.Name, profile.DisplayName }.Concat(profile.Aliases))
                {
                    string normalized = ExerciseNames.Normalize(key);
                    if (normalized.Length == 0)
                        Fail<int>($"exercise '{profile.Name}' has an empty alias");
                    if (index.TryGetValue(normalized, out var owner) && owner != profile)
                        Fail<int>($"'{key}' of exercise '{profile.Name}' is already a name or alias of exercise '{owner.Name}'");
                    index[normalized] = profile;
                }
            }
            return index;
        }

        private SourceRef Source(QuoteDto quote, string what)
        {
            string article = Required(quote.Source, $"{what}.source");
            if (!_articles.ContainsKey(article))
                Fail<int>($"{what}.source '{article}' is not one of the sources ({string.Join(", ", _articles.Keys)})");
            return new SourceRef(article, Required(quote.Quote, $"{what}.quote"), quote.Note);
        }

        /// <summary>"5", "3-5", "12+", "&lt;=15" and, where allowed, "failure" (both bounds null).</summary>
        private (double? Min, double? Max, bool Failure) Range(string text, string what, bool allowFailure)
        {
            if (allowFailure && text == "failure") return (null, null, true);
            if (text.EndsWith('+') && TryNumber(text[..^1], out double atLeast)) return (atLeast, null, false);
            if (text.StartsWith("<=", StringComparison.Ordinal) && TryNumber(text[2..], out double atMost)) return (null, atMost, false);
            int dash = text.IndexOf('-');
            if (dash > 0 && TryNumber(text[..dash], out double lo) && TryNumber(text[(dash + 1)..], out double hi) && lo <= hi)
                return (lo, hi, false);
            if (TryNumber(text, out double exact)) return (exact, exact, false);
            return Fail<(double?, double?, bool)>(
                $"{what} '{text}' is not a range (expected \"5\", \"3-5\", \"12+\", \"<=15\"{(allowFailure ? " or \"failure\"" : "")})");
        }

        private static bool TryNumber(string text, out double value) =>
            double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value > 0;

        private int? Int(double? value) => value switch
        {
            null => null,
            var v when v == Math.Floor(v.Value) => (int)v.Value,
            var v => Fail<int?>($"{v.Value.ToString(CultureInfo.InvariantCulture)} is not a whole number of sets or reps"),
        };

        private T Parse<T>(string text, string what) where T : struct, Enum =>
            KebabEnum.TryParse(text, out T value)
                ? value
                : Fail<T>($"unknown {what} '{text}' (expected one of {KebabEnum.Expected<T>()})");

        private string Required(string? value, string what) =>
            string.IsNullOrWhiteSpace(value) ? Fail<string>($"'{what}' is missing") : value;

        private T Fail<T>(string message) => throw new RepSenseException($"{file}: {_context}: {message}.");
    }
}
