using RepSense.Ingest;

namespace RepSense.Analysis.Simulation;

/// <summary>Where the lifter stands and faces: the origin of the lifter frame and its heading about z.</summary>
internal readonly record struct LifterFrame(Vec3 OriginM, double YawRad)
{
    public Pose ToWorld(Pose local) => local.InFrame(OriginM, YawRad);
}
