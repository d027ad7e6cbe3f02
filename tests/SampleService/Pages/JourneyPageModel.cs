using Microsoft.AspNetCore.Mvc;
using SampleService.Infrastructure;

namespace SampleService.Pages;

/// <summary>A page of the journey (/good/... or /bad/...): answers from the session, PRG on success.</summary>
public abstract class JourneyPageModel : SitePageModel
{
    /// <summary>Set by the "Change" links on check-answers: after saving, go back there.</summary>
    [BindProperty(SupportsGet = true, Name = "change")]
    public bool Change { get; set; }

    /// <summary>The step a Back link goes to; null for none.</summary>
    protected virtual string? PreviousStep => null;

    public override string? BackHref =>
        PreviousStep is null ? null : StepHref(Change ? "check-answers" : PreviousStep);

    public override string PageName => "page-" + Step;

    /// <summary>The step's path segment: <c>name</c>, <c>date-of-birth</c>, ...</summary>
    public abstract string Step { get; }

    protected Answers LoadAnswers() => AnswersStore.Load(HttpContext.Session, Variant!);

    protected void SaveAnswers(Answers answers) => AnswersStore.Save(HttpContext.Session, Variant!, answers);

    /// <summary>Post/redirect/get: on to the next step, or back to check-answers when changing an answer.</summary>
    protected IActionResult RedirectToStep(string next) => Redirect(StepHref(Change ? "check-answers" : next));
}
