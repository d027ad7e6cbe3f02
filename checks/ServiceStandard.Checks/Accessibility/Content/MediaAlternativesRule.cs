using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>
/// WCAG 1.2.1, 1.2.2, 1.2.3, 1.2.5: video, audio and embedded players without what their kind needs
/// beside them: captions (a captions or subtitles track), an audio description (a descriptions track
/// or an audio-described version named nearby) or a transcript. Whether the media is a media
/// alternative for text, has no audio, or says everything it shows aloud is for a person: needs review.
/// </summary>
internal sealed class MediaAlternativesRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/content/media-alternatives";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        foreach (var media in (page.Content?.Media ?? []).Take(PointerEvents.Named))
        {
            var missing = Missing(media).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var message = rule.Message(
                media.Kind == "embed" ? "embed" : "default",
                context.Language,
                ("element", media.Selector),
                ("kind", media.Kind),
                ("source", media.Source),
                ("missing", string.Join("; ", missing.Select(m => rule.Message("missing-" + m, context.Language)))));
            yield return PageFinding.Create(rule, context, page, message, media.Selector, media.Snippet, kind: FindingKind.NeedsReview);
        }
    }

    private static IEnumerable<string> Missing(MediaItem media)
    {
        var captions = media.Tracks.Any(t => t is "captions" or "subtitles");
        var descriptions = media.Tracks.Contains("descriptions") || media.DescriptionNearby;
        switch (media.Kind)
        {
            case "audio":
                if (!media.TranscriptNearby)
                {
                    yield return "transcript";
                }

                break;
            case "embed":
                // A player's captions cannot be read from outside it: always worth a look, unless a transcript and a described version are offered.
                if (!(media.TranscriptNearby && descriptions))
                {
                    yield return "player";
                }

                break;
            default:
                if (!captions && !media.Muted)
                {
                    yield return "captions";
                }

                if (!descriptions && !media.TranscriptNearby)
                {
                    yield return media.Muted ? "video-only" : "description";
                }

                break;
        }
    }
}
