using System.Numerics;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Signal;

/// <summary>
/// A designed IIR filter: a cascade of second-order sections for one sample rate. Design is kept apart from running
/// (<see cref="IirFilter"/> runs it), so a design can be inspected — poles, frequency response — and tested.
/// </summary>
public sealed class IirDesign
{
    public IirDesign(IReadOnlyList<SecondOrderSection> sections, SampleRate rate, string description)
    {
        if (sections.Count == 0) throw new ArgumentException("A filter needs at least one section.", nameof(sections));
        if (!rate.IsValid) throw new ArgumentException("The sample rate must be positive.", nameof(rate));
        SectionArray = [.. sections];
        Sections = SectionArray.AsReadOnly();
        foreach (var s in SectionArray) Order += s.A2 == 0 ? 1 : 2;
        Rate = rate;
        Description = description;
    }

    public IReadOnlyList<SecondOrderSection> Sections { get; }

    /// <summary>The filter's order: two per section, one for a first-order section.</summary>
    public int Order { get; }
    public SampleRate Rate { get; }
    public string Description { get; }

    /// <summary>All poles of the cascade (z-plane).</summary>
    public IEnumerable<Complex> Poles => Sections.SelectMany(s =>
    {
        var (p1, p2) = s.Poles;
        return s.A2 == 0 ? new[] { p1 } : new[] { p1, p2 };
    });

    /// <summary>Stable when every pole lies strictly inside the unit circle.</summary>
    public bool IsStable => Poles.All(p => p.Magnitude < 1.0);

    /// <summary>Magnitude of the frequency response at <paramref name="frequencyHz"/>.</summary>
    public double Gain(double frequencyHz)
    {
        var z = Complex.FromPolarCoordinates(1, 2 * Math.PI * frequencyHz / Rate.Hertz);
        var h = Complex.One;
        foreach (var s in SectionArray) h *= s.Response(z);
        return h.Magnitude;
    }

    /// <summary>The sections, for the filters that run them (never handed out: a design is immutable).</summary>
    internal SecondOrderSection[] SectionArray { get; }

    /// <summary>A runnable instance with its own state.</summary>
    public IirFilter CreateFilter() => new(this);

    public override string ToString() => Description;
}
