using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Narrator.Core;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// <c>narrator serve</c>: the speech API on Kestrel. <c>POST /v1/audio/speech</c> (the OpenAI shape,
/// streamed), <c>GET /v1/voices</c>, book render jobs (<c>/v1/books</c>), <c>GET /healthz</c> (status and memory). Loopback only unless API keys exist; every
/// voice goes through the consent gate for the key's publisher.
/// </summary>
public static class SpeechServer
{
    /// <summary>Builds the server; <paramref name="host"/> lets a test put it on a test host.</summary>
    /// <exception cref="NarratorException">Invalid options, or an address beyond loopback without any API key.</exception>
    public static WebApplication Build(SpeechServerOptions options, Action<IWebHostBuilder>? host = null) => Build(options, host, open: null);

    internal static WebApplication Build(SpeechServerOptions options, Action<IWebHostBuilder>? host, Func<VoiceRequest, IVoice>? open)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var beyondLoopback = options.Urls.Where(url => !IsLoopback(url)).ToList();
        var keys = new KeyCheck(options.KeysFile, required: beyondLoopback.Count > 0);
        if (beyondLoopback.Count > 0 && !keys.HasKeys)
        {
            throw new NarratorException($"Listening on {string.Join(", ", beyondLoopback)} lets other machines in, so it needs API keys, and {options.KeysFile} has none: add one with 'narrator serve keys add --publisher NAME', or listen on 127.0.0.1.", ErrorKind.Refused);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        host?.Invoke(builder.WebHost);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole();
        var gate = VoiceGate.Create(new VoiceGateOptions { StoreFolder = options.StoreFolder, StockFolder = options.StockFolder, Execution = options.Execution });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(gate);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton(new VoiceCatalog(options.StockFolder, options.StoreFolder));
        builder.Services.AddSingleton(_ => new VoicePool(gate, options.InstancesPerVoice, open));
        builder.Services.AddSingleton<SpeechEndpoint>();
        builder.Services.AddSingleton(new BookJobStore(options.JobsFolder));
        builder.Services.AddSingleton<BookJobEvents>();
        builder.Services.AddSingleton<BookJobRunner>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BookJobRunner>());
        builder.Services.AddSingleton(new StudioSessionStore(options.StudioFolder));
        builder.Services.AddSingleton<StudioCsrf>();
        builder.Services.AddSingleton<AdaptationJobs>();
        builder.Services.AddSingleton<EnrollmentJobs>();
        // Unless the host put its own in place (a test holds them to look at a running enrollment or adaptation).
        builder.Services.TryAddSingleton<IStatementRecognizer>(new PocketSphinxRecognizer());
        builder.Services.TryAddSingleton<IVoiceAdapter, TrainingAdapter>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                Caller.Of(context) is { KeyId: "local" } ? "local:" + context.Connection.RemoteIpAddress : Caller.Of(context).KeyId,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (rejected, _) => new ValueTask(ApiError.Write(
                rejected.HttpContext.Response, StatusCodes.Status429TooManyRequests, "rate_limit_error",
                $"Too many requests: this server allows {options.RequestsPerMinute} a minute per API key; wait and try again.", "rate_limited"));
        });

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(ReportAsync));
        app.Use(AnswerRequestErrorsAsync);
        app.Use(CrossSiteRequests.RefuseAsync);
        app.Use((context, next) => keys.InvokeAsync(context, ctx => next(ctx)));
        app.UseRateLimiter();
        app.MapPost("/v1/audio/speech", (HttpContext context, SpeechEndpoint speech) => speech.HandleAsync(context));
        app.MapGet("/v1/voices", (HttpContext context, VoiceCatalog catalog, SpeechServerOptions settings) =>
            Results.Json(new { voices = catalog.For(Caller.Of(context).Publisher, context.Request.Query["use"].FirstOrDefault() ?? settings.DefaultUse) }, ServerJson.Options));
        BookEndpoints.Map(app);
        StudioEndpoints.Map(app);
        app.MapGet("/healthz", () =>
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            return Results.Json(new { status = "ok", working_set_mib = Math.Round(process.WorkingSet64 / 1048576.0, 1), managed_heap_mib = Math.Round(GC.GetTotalMemory(false) / 1048576.0, 1) });
        }).DisableRateLimiting();
        return app;
    }

    private static bool IsLoopback(string url)
    {
        var host = new Uri(url).Host;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    // A request's own fault is answered here, before the exception handler would log it as a server failure.
    private static async Task AnswerRequestErrorsAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ApiError error) when (!context.Response.HasStarted)
        {
            await error.WriteAsync(context.Response).ConfigureAwait(false);
        }
    }

    // Turns what a handler threw into an answer: a refusal or bad input as its 4xx, anything else as a 500
    // that says only that the server failed (details go to the log, never to the client).
    private static async Task ReportAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        switch (error)
        {
            case NarratorException { Kind: ErrorKind.BadInput } input:
                await ApiError.Write(context.Response, StatusCodes.Status400BadRequest, "invalid_request_error", input.Message).ConfigureAwait(false);
                break;
            case NarratorException { Kind: ErrorKind.Refused } refused:
                await ApiError.Write(context.Response, StatusCodes.Status403Forbidden, "permission_error", refused.Message).ConfigureAwait(false);
                break;
            default:
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SpeechServer)).LogError(error, "Request {Path} failed.", context.Request.Path);
                await ApiError.Write(context.Response, StatusCodes.Status500InternalServerError, "server_error", "The server failed to answer this request; its log says why.").ConfigureAwait(false);
                break;
        }
    }
}
