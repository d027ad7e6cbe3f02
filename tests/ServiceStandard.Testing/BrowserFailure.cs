using Microsoft.Playwright;

namespace ServiceStandard.Testing;

/// <summary>
/// What a browser test saw when it failed: a screenshot of the page and its DOM, kept under
/// artifacts/test-output and named in the failure message, so a red run on CI can be read without
/// running it again.
/// </summary>
public static class BrowserFailure
{
    /// <summary>Runs <paramref name="steps"/>; if they throw, keeps the page's picture and DOM and names them in the failure.</summary>
    public static async Task RunAsync(IPage page, string testName, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            throw new BrowserTestFailedException($"{failure.Message}\n{await KeepAsync(page, testName)}", failure);
        }
    }

    /// <summary>Saves page.png and page.html for <paramref name="testName"/>; says where, or why nothing could be kept.</summary>
    public static async Task<string> KeepAsync(IPage page, string testName)
    {
        if (page.IsClosed)
        {
            return "(the page was closed: no screenshot kept)";
        }

        var folder = TestOutput.Create(testName);
        try
        {
            var picture = Path.Combine(folder.FullName, "page.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = picture, FullPage = true, Timeout = 10_000 });
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "page.html"), await page.ContentAsync());
            return $"Page at {page.Url} kept in {folder.FullName} (page.png, page.html)";
        }
        catch (PlaywrightException e)
        {
            return $"(no screenshot of {page.Url}: {e.Message.Split('\n')[0]})";
        }
    }
}

/// <summary>A browser test's failure, with where its screenshot was kept; the original failure is the inner exception.</summary>
public sealed class BrowserTestFailedException(string message, Exception inner) : Exception(message, inner);
