using Narrator.Audio;

namespace Narrator.Voices.Embeddings;

/// <summary>A recording's speaker embedding, made as the recording is decoded into it; <see cref="Finish"/> once all of it is written.</summary>
public interface IEmbeddingSink : IAudioSink
{
    /// <summary>The embedding; throws <see cref="Core.NarratorException"/> naming the recording when it cannot be embedded (rate, too little speech).</summary>
    SpeakerEmbedding Finish();
}
