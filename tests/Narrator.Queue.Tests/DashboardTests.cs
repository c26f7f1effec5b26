using Narrator.Queue.Dashboard;

namespace Narrator.Queue.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "postgresql")]
[Collection(PostgresCollection.Name)]
public sealed class DashboardTests(PostgresCluster postgres)
{
    [Fact]
    public async Task StartAsync_QueueDatabase_ServesHangfiresPagesOnLoopbackReadOnly()
    {
        var settings = new QueueSettings { ConnectionString = postgres.NewDatabase() };
        var dashboard = await QueueDashboard.StartAsync(settings, port: 0);
        await using (dashboard)
        {
            using var http = new HttpClient { BaseAddress = dashboard.Address };

            var home = await http.GetStringAsync(new Uri("", UriKind.Relative));
            var failed = await http.GetStringAsync(new Uri("jobs/failed", UriKind.Relative));
            using var form = new FormUrlEncodedContent([new("jobs[]", "1")]);
            using var delete = await http.PostAsync(new Uri("jobs/enqueued/delete", UriKind.Relative), form);

            Assert.Equal("127.0.0.1", dashboard.Address.Host);
            Assert.Contains(QueueDashboard.Title, home, StringComparison.Ordinal);
            Assert.Contains(QueueDashboard.Title, failed, StringComparison.Ordinal);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, delete.StatusCode);
        }
    }
}
