using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleService.CodeDefects;

/// <summary>The model of CommentPreview.cshtml, a page nothing routes to.</summary>
public sealed class CommentPreviewModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Comment { get; set; }

    public string Notice { get; private set; } = string.Empty;

    public void OnGet() => Notice = NoticeStore.Current;
}

internal static class NoticeStore
{
    internal static string Current { get; set; } = string.Empty;
}
