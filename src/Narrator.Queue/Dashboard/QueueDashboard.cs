using System.Net;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Narrator.Queue.Database;
using Narrator.Queue.Engine;

namespace Narrator.Queue.Dashboard;

/// <summary>
/// Hangfire's own dashboard over the queue's database (jobs by state, retries, failures with their stack traces, servers
/// and their heartbeats), read-only and served on the loopback interface only: from another machine, reach it through
/// an SSH tunnel. Parked chapters are put back by submitting their book again, not from here.
/// </summary>
public sealed class QueueDashboard : IAsyncDisposable
{
    /// <summary>The dashboard's title.</summary>
    public const string Title = "Narrator queue";

    private readonly WebApplication _app;

    private QueueDashboard(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where it is served: <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Serves the dashboard on 127.0.0.1:<paramref name="port"/> (0: any free port) until disposed.</summary>
    /// <exception cref="QueueException">The port is out of range or taken, or the database cannot be reached.</exception>
    public static async Task<QueueDashboard> StartAsync(QueueSettings settings, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (port is < 0 or > 65535)
        {
            throw new QueueException($"The dashboard's port ({port}) must be between 1 and 65535 (0 for any free one).");
        }

        var database = await QueueDatabase.OpenAsync(settings.ConnectionString, cancellationToken).ConfigureAwait(false);
        await database.DisposeAsync().ConfigureAwait(false);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var options = new DashboardOptions
        {
            DashboardTitle = Title,
            AppPath = null,
            IsReadOnlyFunc = _ => true,
            Authorization = [new LocalRequestsOnlyAuthorizationFilter()],
        };
        // The middleware itself, at the root, rather than UseHangfireDashboard, which wants Hangfire's global configuration.
        app.UseMiddleware<AspNetCoreDashboardMiddleware>(JobEngine.Storage(settings), options, DashboardRoutes.Routes);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new QueueException($"The dashboard cannot listen on 127.0.0.1:{port} ({e.Message}): pick another port with --port.", inner: e);
        }

        var bound = port == 0 ? new Uri(app.Urls.First()).Port : port;
        return new QueueDashboard(app, new Uri($"http://127.0.0.1:{bound}/"));
    }

    /// <summary>Stops serving.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
