using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>What the web gatherer collected: one snapshot per visited page or journey step, in visit order.</summary>
public sealed record WebEvidence(IReadOnlyList<PageSnapshot> Pages)
{
    /// <summary>Pages that were assessed: those the gatherer could load without an error.</summary>
    public IEnumerable<PageSnapshot> AssessablePages => Pages.Where(p => p.Error is null);
}
