using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>What a pointer target's listeners say: does it act on the down-event, is it dragged.</summary>
internal static class PointerEvents
{
    private static readonly string[] Down = ["mousedown", "pointerdown", "touchstart"];
    private static readonly string[] UpOrClick = ["click", "mouseup", "pointerup", "touchend"];
    private static readonly string[] Move = ["mousemove", "pointermove", "touchmove"];

    public const int Named = 10;

    public static bool ListensDown(this PointerTarget target) => target.Events.Any(e => Down.Contains(e));

    public static bool ListensUpOrClick(this PointerTarget target) => target.Events.Any(e => UpOrClick.Contains(e));

    /// <summary>Draggable, a drag source, a custom slider, or pressed and moved (down and move listeners, no click).</summary>
    public static bool IsDragged(this PointerTarget target) =>
        target.Draggable ||
        target.Events.Contains("dragstart") ||
        (target.Role == "slider" && !target.NativeControl) ||
        (target.ListensDown() && target.Events.Any(e => Move.Contains(e)) && !target.Events.Contains("click"));
}
