namespace Narrator.Phonemes;

/// <summary>
/// The hand-written English letter-to-sound rule table. Each rule is "left|letters|right=PHONES":
/// the first rule (in order) whose letters match at the current position and whose contexts
/// match wins. Context symbols: ' ' word edge, '#' one or more vowel letters, ':' zero or more
/// consonant letters, '^' one consonant, '.' one voiced consonant, '+' e/i/y, '%' a suffix
/// (e, es, ed, er, ely, ing). Phones carry no stress; stress is assigned afterwards.
/// </summary>
internal static class LetterToSoundRules
{
    public static readonly string[] Table =
    [
        // a
        "|augh|=AO", "|au|=AO", "|aw|=AO", "|ay|=EY", "|air|=EH R", "|ai|=EY", "|al|k=AO", "|all|=AO L",
        "|ar|#=EH R", "|ar|=AA R", "|a|^% =EY", "|a|^%=EY", "#:|a| =AH", "|a|=AE",
        // b, c, d
        "m|b| =", "|bb|=B", "|b|=B",
        "|ch|=CH", "|ck|=K", "|cc|+=K S", "|cc|=K", "|ci|a=SH", "|ci|o=SH", "|c|+=S", "|c|=K",
        "|dd|=D", "|dg|+=JH", "|d|=D",
        // e
        "#:|e| =", "t|ed| =IH D", "d|ed| =IH D", "#:|ed| =D", "#:|es| =IH Z", "|eau|=OW", "|eigh|=EY",
        "|ee|=IY", "|ea|=IY", "|ei|=IY", "|ey| =IY", "|ey|=EY", "|er|=ER", "|ew|=UW", "|eu|=UW",
        "|e|^e =IY", " :|e| =IY", "|e|=EH",
        // f, g, h
        "|ff|=F", "|f|=F",
        "|gh| =", "|gh|=G", "|gg|=G", " |gn|=N", "|gn| =N", "|g|+=JH", "|g|=G",
        "|h|#=HH", "|h|=",
        // i
        "|igh|=AY", "|ing|=IH NG", "|ious|=IY AH S", "|ie| =IY", "|ie|=IY", "|ir|=ER", "|i|^% =AY",
        "|i|^%=AY", "|i| =IY", "|i|=IH",
        // j, k, l, m, n
        "|j|=JH", " |kn|=N", "|k|=K", "^|le| =AH L", "|ll|=L", "|l|=L", "|mm|=M", "|m|=M",
        "|ng|=NG", "|nn|=N", "|n|k=NG", "|n|=N",
        // o
        "|ook|=UH K", "|oo|=UW", "|ough|=AO", "|ould|=UH D", "|ous|=AH S", "|ou|=AW", "|ow| =OW",
        "|ow|=AW", "|oy|=OY", "|oi|=OY", "|oa|=OW", "|oe| =OW", "|or|=AO R", "|o|^% =OW",
        "|o|^%=OW", "|o| =OW", "|o|=AA",
        // p, q, r, s, t
        "|ph|=F", "|pp|=P", "|p|=P", "|qu|=K W", "|q|=K", "|rr|=R", "|rh|=R", "|r|=R",
        "|sh|=SH", "|ss|=S", "#|sion|=ZH AH N", "|sion|=SH AH N", "|sure|=SH ER", "#|s|#=Z", "|s|=S",
        "|tion|=SH AH N", "|tch|=CH", "|th|=TH", "|tt|=T", "|t|=T",
        // u, v, w, x, y, z
        " |un|=AH N", "|ur|=ER", "|ue| =UW", "|ui|=UW", "|u|^% =UW", "|u|^%=UW", "|u|=AH",
        "|v|=V", "|wh|=W", " |wr|=R", "|w|=W", " |x|=Z", "|x|=K S",
        " :|y| =AY", "|y| =IY", "|y|^e =AY", "|y|#=Y", "|y|=IH", "|zz|=Z", "|z|=Z",
    ];
}
