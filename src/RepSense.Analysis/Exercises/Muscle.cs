namespace RepSense.Analysis.Exercises;

/// <summary>The muscles the articles name as an exercise's main movers.</summary>
public enum Muscle
{
    Lats,
    TeresMajor,
    Traps,
    Rhomboids,
    RearDelts,
    ErectorSpinae,
    Multifidus,
    Biceps,
    Forearms,
    Core,
    Glutes,
    Hamstrings,
    Quads,
    Chest,
    FrontDelts,
    SideDelts,
    Triceps,
    Calves,
    Abs,
    Obliques,
}
