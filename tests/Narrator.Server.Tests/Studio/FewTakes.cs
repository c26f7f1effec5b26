using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// The test host's one change to enrollment: every request (and the enrollment job it starts, which keeps
/// its execution context) runs inside <see cref="ConsentTesting.AllowFewTakes"/>, so a few seconds of
/// good takes stand for the two minutes. A server built without it keeps the minimum; every other check is the library's own.
/// </summary>
internal sealed class FewTakes(double seconds) : IStartupFilter
{
    public static Action<IWebHostBuilder> Host(double seconds) =>
        host => host.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FewTakes(seconds)));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            using var scope = ConsentTesting.AllowFewTakes(seconds);
            await inner(context);
        });
        next(app);
    };
}
