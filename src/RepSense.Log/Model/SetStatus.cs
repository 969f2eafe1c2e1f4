namespace RepSense.Log.Model;

/// <summary>Whether a set is a plan for a session or was lifted.</summary>
public enum SetStatus
{
    Planned,
    Done,
}
