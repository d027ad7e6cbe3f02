using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class ExceptionDetailsInResponseAnalyzerTests
{
    [Fact]
    public Task Stack_traces_and_framework_exception_messages_in_responses_are_violations() =>
        Verify<ExceptionDetailsInResponseAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Diagnostics;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            public sealed class PermitsController : ControllerBase
            {
                public IActionResult Read(string name)
                {
                    try
                    {
                        return Ok(System.IO.File.ReadAllText(name));
                    }
                    catch (IOException ex)
                    {
                        return BadRequest({|SS0017:ex.Message|});
                    }
                    catch (Exception ex)
                    {
                        return StatusCode(500, new { error = {|SS0017:ex.ToString()|} });
                    }
                }

                public IActionResult Save()
                {
                    try
                    {
                        return Ok();
                    }
                    catch (InvalidOperationException ex)
                    {
                        var detail = "Failed: " + ex.StackTrace;
                        return Problem(detail: {|SS0017:detail|});
                    }
                    catch (Exception ex)
                    {
                        return Ok(new { error = {|SS0017:ex.InnerException?.Message|} });
                    }
                }

                public IActionResult Object()
                {
                    try
                    {
                        return Ok();
                    }
                    catch (Exception ex)
                    {
                        return new ObjectResult({|SS0017:ex|}) { StatusCode = 500 };
                    }
                }

                public ContentResult Text()
                {
                    try
                    {
                        return Content("ok");
                    }
                    catch (Exception ex)
                    {
                        return new ContentResult { Content = $"Error: {{|SS0017:ex|}}" };
                    }
                }
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/permits", () =>
                    {
                        try
                        {
                            return Results.Ok();
                        }
                        catch (Exception ex)
                        {
                            return Results.Problem({|SS0017:ex.Message|});
                        }
                    });
                    app.UseExceptionHandler(errors => errors.Run(async context =>
                    {
                        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                        await context.Response.WriteAsync({|SS0017:error?.ToString()|} ?? "");
                    }));
                }
            }
            """);

    [Fact]
    public Task The_services_own_and_validation_exception_messages_need_review() =>
        Verify<ExceptionDetailsInResponseAnalyzer>.AnalyzerAsync("""
            using System;
            using System.ComponentModel.DataAnnotations;
            using Microsoft.AspNetCore.Mvc;

            public sealed class PermitExpiredException(string message) : Exception(message);

            public sealed class PermitsController : ControllerBase
            {
                public IActionResult Renew()
                {
                    try
                    {
                        return Ok();
                    }
                    catch (PermitExpiredException ex)
                    {
                        return BadRequest({|SS0018:ex.Message|});
                    }
                    catch (ValidationException ex)
                    {
                        return BadRequest(new ProblemDetails { Title = "Invalid", Detail = {|SS0018:ex.Message|} });
                    }
                }
            }
            """);

    [Fact]
    public Task Logged_exceptions_general_messages_and_development_only_details_are_not_reported() =>
        Verify<ExceptionDetailsInResponseAnalyzer>.AnalyzerAsync("""
            using System;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Logging;

            public sealed class PermitsController(ILogger<PermitsController> logger, IWebHostEnvironment environment) : ControllerBase
            {
                public IActionResult Save()
                {
                    try
                    {
                        return Ok();
                    }
                    catch (Exception ex)
                    {
                        logger.LogError(ex, "Saving failed: {Message}", ex.Message);
                        if (environment.IsDevelopment())
                        {
                            return Problem(ex.ToString());
                        }

                        var id = ex.GetType().Name;
                        return Problem(environment.IsDevelopment() ? ex.StackTrace : "Something went wrong", statusCode: 500);
                    }
                }

                public IActionResult Lookup()
                {
                    try
                    {
                        return Ok();
                    }
                    catch (Exception ex) when (ex is TimeoutException)
                    {
                        return StatusCode(503, new { error = "The permit register is not answering", code = Classify(ex) });
                    }
                }

                private static string Classify(Exception ex) => ex is TimeoutException ? "timeout" : "other";
            }
            """);

    [Fact]
    public Task An_exception_written_with_classic_response_write_is_reported_and_a_generic_message_is_not() =>
        Verify<ExceptionDetailsInResponseAnalyzer>.AnalyzerAsync([
            """
            using System;
            using System.Web;

            public sealed class Page
            {
                public void Bad(HttpResponse resp)
                {
                    try
                    {
                        throw new InvalidOperationException();
                    }
                    catch (InvalidOperationException exception)
                    {
                        resp.Write({|SS0017:exception.ToString()|});
                    }
                }

                public void Good(HttpResponse resp)
                {
                    try
                    {
                        throw new InvalidOperationException();
                    }
                    catch (InvalidOperationException)
                    {
                        resp.Write("There was an invalid operation error");
                    }
                }
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);
}
