using OpenQA.Selenium;
using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// A voice actor's whole path in headless Chromium with a fake microphone (<see cref="EnrollingStudioBrowser"/>):
/// the consent statement recorded and heard, a bad take, then a prompt recorded and passed, enrollment in
/// the background followed across a page reload (which goes on at the prompt not recorded yet; the bad take left out and named), the voice enrolled with verified consent, and a preview of it played.
/// </summary>
[Collection(StudioAlone.Name)]
[Trait("Tier", "integration")]
[Trait("Needs", "chromium")]
[Trait("Needs", "flite")]
[Trait("Needs", "pocketsphinx")]
[Trait("Needs", "espeak-ng")]
public sealed class StudioEnrollmentBrowserTests(EnrollingStudioBrowser browser) : IClassFixture<EnrollingStudioBrowser>
{
    private static readonly TimeSpan Checked = TimeSpan.FromSeconds(60);

    [SkippableStudioFact(NeedsFlite = true)]
    public void ActorPage_ConsentAndPromptOfOneSpeaker_EnrollsTheVoiceAndPlaysItsPreview()
    {
        browser.Open("actor.html");
        browser.Find("name").SendKeys(EnrollingStudioBrowser.Speaker);
        browser.Find("start").Click();
        browser.WaitUntil(() => browser.Find("statement").Text.Length > 0, Checked, "The session's consent statement");
        browser.Record("consent-record", "consent-stop", "consent-state", browser.ConsentLength);
        browser.WaitUntil(() => browser.Find("consent-result").Text.Contains("Words heard", StringComparison.Ordinal), Checked, "The consent recording's check");

        // The first prompt read with the third one's words: a bad take, which enrollment leaves out and names.
        browser.Record("take-record", "take-stop", "take-state", browser.PromptLength);
        browser.WaitUntil(() => browser.Find("take-qa").Text.Contains("Words heard", StringComparison.Ordinal), Checked, "The first take's QA");
        var bad = browser.Find("take-qa").Text;

        browser.Find("next").Click();
        browser.Find("next").Click();
        Assert.Equal(EnrollingStudioBrowser.Prompt, browser.Find("prompt").GetAttribute("data-id"));
        browser.Record("take-record", "take-stop", "take-state", browser.PromptLength);
        browser.WaitUntil(() => browser.Find("take-qa").Text.Contains("Words heard", StringComparison.Ordinal), Checked, "The take's QA");
        var consent = browser.Find("consent-result").Text;
        var qa = browser.Find("take-qa").Text;

        browser.Find("enroll").Click();
        browser.WaitUntil(() => browser.Find("enroll-state").Text.StartsWith("Loading", StringComparison.Ordinal) || browser.Find("enroll-state").Text.StartsWith("Checking", StringComparison.Ordinal) || browser.Find("enroll-state").Text.StartsWith("Enrolled", StringComparison.Ordinal), Checked, "The enrollment's start");
        browser.Driver.Navigate().Refresh();
        browser.WaitUntil(() => browser.Find("enroll-state").Text.StartsWith("Enrolled", StringComparison.Ordinal), TimeSpan.FromSeconds(120), "The enrollment");
        var resumedAt = browser.Find("prompt").GetAttribute("data-id");
        var welcome = browser.Find("take-state").Text;
        browser.Find("preview").Click();
        browser.WaitUntil(() => browser.Driver.ExecuteScript("const a = document.getElementById('preview-audio'); return a.src.startsWith('blob:') && a.duration > 0;") is true, Checked, "The preview's audio");
        browser.Driver.ExecuteScript("document.getElementById('enroll-card').scrollIntoView()");
        browser.Screenshot("studio-enrolled");

        Assert.True(consent.Contains("heard (", StringComparison.Ordinal) && !consent.Contains("not heard", StringComparison.Ordinal), consent);
        Assert.True(bad.Contains("record again: ", StringComparison.Ordinal), bad);
        var rejected = browser.Find("enroll-result").FindElements(By.CssSelector("li[data-prompt]")).Select(li => li.Text).ToList();
        Assert.StartsWith("arctic_a0001: ", Assert.Single(rejected), StringComparison.Ordinal);
        Assert.True(qa.Contains("good take", StringComparison.Ordinal), qa);
        Assert.Contains("2 recorded, 1 good", browser.Find("script-progress").Text, StringComparison.Ordinal);

        // The reloaded page went on at the one prompt not recorded (the second), and said how far the script is done.
        Assert.Equal("arctic_a0002", resumedAt);
        Assert.Equal("Welcome back: 2 of 3 prompts recorded, 1 good. Going on at the first prompt not recorded yet.", welcome);
        Assert.Contains("Takes kept\n1 of 2", browser.Find("enroll-result").Text, StringComparison.Ordinal);
        Assert.Equal("Enrolled as voice 'jane-doe'.", browser.Find("enroll-state").Text);
        var voice = VoiceStore.At(Path.Combine(browser.Folder, "store")).Get("jane-doe");
        Assert.Equal(StatementCheck.Verified, voice.Consent!.StatementVerified);
        Assert.Equal([EnrollingStudioBrowser.Prompt], voice.References.Select(r => r.PromptId));
        Assert.True(browser.Find("preview-audio").Displayed);
    }
}
