using OpenQA.Selenium;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// The studio end to end in headless Chromium with a fake microphone: a voice actor records the consent
/// statement and a take and sees their checks, and is told why enrolling is refused; a publisher renders
/// a book with the tiny voice and gets its files.
/// </summary>
[Collection(StudioAlone.Name)]
[Trait("Tier", "integration")]
[Trait("Needs", "chromium")]
[Trait("Needs", "pocketsphinx")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Trait("Needs", "shared-data")]
public sealed class StudioBrowserTests(StudioBrowser browser) : IClassFixture<StudioBrowser>
{
    private static readonly TimeSpan Checked = TimeSpan.FromSeconds(60);

    [SkippableStudioFact]
    public void ActorPage_TakeRecordedWithTheMicrophone_ShowsItsQaAndTheEnrollmentsReason()
    {
        browser.Open("");
        browser.Screenshot("studio-home");
        browser.Open("actor.html");
        browser.Find("name").SendKeys("Jane Doe");
        browser.Find("start").Click();
        browser.WaitUntil(() => browser.Find("statement").Text.Length > 0, Checked, "The session's consent statement");

        Record("consent-record", "consent-stop", "consent-state");
        browser.WaitUntil(() => browser.Find("consent-result").Text.Contains("Words heard", StringComparison.Ordinal), Checked, "The consent recording's check");
        Record("take-record", "take-stop", "take-state");
        browser.WaitUntil(() => browser.Find("take-qa").Text.Contains("Words heard", StringComparison.Ordinal), Checked, "The take's QA");
        var qa = browser.Find("take-qa").Text;
        browser.Driver.ExecuteScript("document.getElementById('script-card').scrollIntoView()");
        browser.Screenshot("studio-actor");

        Assert.Contains("Jane Doe", browser.Find("statement").Text, StringComparison.Ordinal);
        // The microphone plays a prompt, not the statement: the page says the statement was not heard.
        Assert.Contains("not heard: only", browser.Find("consent-result").Text, StringComparison.Ordinal);
        Assert.True(qa.Contains("good take", StringComparison.Ordinal), qa);
        Assert.Contains("dBFS", qa, StringComparison.Ordinal);
        Assert.Contains("danger", qa, StringComparison.Ordinal);
        Assert.Contains("1 recorded, 1 good", browser.Find("script-progress").Text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(browser.Folder, "studio", browser.Driver.Url.Split('#')[1], "takes", "arctic_a0001.wav")));

        browser.Find("enroll").Click();
        browser.WaitUntil(() => browser.Find("enroll-state").GetAttribute("class") == "error", Checked, "The enrollment's answer");
        Assert.Contains("minutes are needed", browser.Find("enroll-state").Text, StringComparison.Ordinal);
    }

    [SkippableStudioFact]
    public void PublisherPage_ManuscriptWithTheTinyVoice_RendersAndOffersTheAudiobook()
    {
        var manuscript = Path.Combine(browser.Folder, "The Keeper.md");
        File.WriteAllText(manuscript, "# The Keeper\n\nThe keeper climbed the stair.\n\n# The Storm\n\nThe storm came in from the sea.\n");
        browser.Open("publisher.html");
        browser.WaitUntil(() => browser.Find("voice").FindElements(By.TagName("option")).Count > 0, Checked, "The list of voices");

        browser.Find("manuscript").SendKeys(manuscript);
        browser.Find("voice").FindElement(By.CssSelector("option[value='tiny']")).Click();
        browser.Find("render").Click();
        browser.WaitUntil(() => browser.Find("downloads").FindElements(By.TagName("a")).Count > 0, TimeSpan.FromSeconds(120), "The render");
        var m4b = browser.Find("downloads").FindElements(By.TagName("a")).Single(a => a.Text.EndsWith(".m4b", StringComparison.Ordinal));
        m4b.Click();
        browser.WaitUntil(() => m4b.GetAttribute("download") is { Length: > 0 }, Checked, "The audiobook's download");
        browser.Screenshot("studio-publisher");

        Assert.Equal("Done.", browser.Find("job-state").Text);
        Assert.Contains("Chapter 2 (The Storm) done", browser.Find("job-log").Text, StringComparison.Ordinal);
        Assert.StartsWith("blob:", m4b.GetAttribute("href"), StringComparison.Ordinal);
    }

    private void Record(string start, string stop, string state) => browser.Record(start, stop, state, browser.PromptLength);
}
