using System.Runtime.CompilerServices;

// The fault tests reach the gatherer's test seams (WebGatherer.AfterPageHook, BrowserHost.CloseForTestAsync).
[assembly: InternalsVisibleTo("ServiceStandard.Checks.Tests")]
