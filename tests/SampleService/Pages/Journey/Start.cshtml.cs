using SampleService.Infrastructure;

namespace SampleService.Pages.Journey;

public sealed class StartModel : JourneyPageModel
{
    public override string Step => "start";

    public override string PageTitle => T("service.name");

    /// <summary>Starting again forgets earlier answers, so every journey begins from an empty form.</summary>
    public void OnGet() => AnswersStore.Clear(HttpContext.Session, Variant!);
}
