namespace Narrator.Books.Dialogue;

/// <summary>The verbs that attribute a line of dialogue to its speaker, in the forms narration uses.</summary>
internal static class SpeechVerbs
{
    /// <summary>A regular-expression alternation of the verbs (past and present tense), longest first.</summary>
    public const string Pattern =
        "said|says|asked|asks|cried|cries|replied|replies|answered|answers|whispered|whispers|shouted|shouts|remarked|remarks|" +
        "exclaimed|exclaims|continued|continues|added|adds|observed|observes|began|begins|went on|goes on|repeated|repeats|" +
        "returned|muttered|mutters|murmured|murmurs|called|calls|yelled|screamed|sobbed|growled|interrupted|interposed|" +
        "insisted|suggested|thought|inquired|enquired|explained|protested|pleaded|demanded|declared|responded|retorted|" +
        "snapped|sighed|laughed|ejaculated|shrieked|roared|grumbled|persisted|urged|agreed|panted|stammered|gasped|groaned|" +
        "hissed|moaned|faltered|resumed|concluded|echoed|squeaked|thundered|chuckled|sneered|mumbled|broke in|put in|" +
        "pursued|rejoined|reasoned|shouted out|called out|cried out|sang|recited|wailed|grunted|bawled|whimpered|corrected|admitted|" +
        "confessed|conceded|offered|announced|warned|ordered|commanded|promised|assured|reminded|confirmed|countered|" +
        "prompted|breathed|blurted|stated|noted|told|implored|begged|entreated|joked|teased";
}
