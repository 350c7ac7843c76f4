import pytest

from briefing.core.errors import VoiceError
from briefing.voices.lexicon import Lexicon
from briefing.voices.profiles import load_voice


def write(tmp_path, body: str):
    path = tmp_path / "lexicon.toml"
    path.write_text(body, encoding="utf-8")
    return Lexicon.load(path)


def test_respellings_apply_to_whole_words_and_possessives(tmp_path):
    lex = write(tmp_path, '[words]\nOkafor = { say = "oh kah for", pronouncer = "oh-KAH-for" }\n'
                          'Xi = "shee"\n')
    assert lex.speak("Okafor and Okafor's team met Xi, not Xian.") == \
        "oh kah for and oh kah for's team met shee, not Xian."


def test_pronouncers_mark_the_first_mention(tmp_path):
    lex = write(tmp_path, '[words]\nOkafor = { say = "oh kah for", pronouncer = "oh-KAH-for" }\n')
    assert lex.annotate("Okafor spoke. Okafor left.") == "Okafor (oh-KAH-for) spoke. Okafor left."


def test_bad_entry_is_a_clear_error(tmp_path):
    with pytest.raises(VoiceError, match="needs a respelling"):
        write(tmp_path, "[words]\nOkafor = 3\n")


def test_default_voice_has_the_builtin_lexicon():
    voice = load_voice("default")
    assert voice.lexicon is not None and voice.lexicon.name == "lexicon.toml"
    assert voice.speak("Zelenskyy spoke.") != "Zelenskyy spoke."


def test_a_producers_entry_changes_the_next_render(tmp_path, monkeypatch):
    """A ./voices/lexicon.toml in the working folder wins; the engine speaks its respelling."""
    from briefing.clock.fit import RenderCache

    text = "Harbourmaster Varga opened the new landing."
    before = RenderCache().audio(load_voice("default"), text)
    (tmp_path / "voices").mkdir()
    (tmp_path / "voices" / "lexicon.toml").write_text(
        '[words]\nVarga = { say = "Vargaaaa Vargaaaa Vargaaaa", pronouncer = "VAR-gah" }\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    voice = load_voice("default")
    assert voice.lexicon == tmp_path / "voices" / "lexicon.toml"
    after = RenderCache().audio(voice, text)
    assert after.seconds > before.seconds + 0.5
    assert after.text.startswith("Harbourmaster Vargaaaa")


def test_sidecar_text_is_copy_not_respelling(rendered):
    import json

    sidecar = json.loads(rendered.sidecar.read_text(encoding="utf-8"))
    assert all("zeh lenskee" not in seg["text"] for seg in sidecar["segments"])
    assert all("copy" in seg for seg in sidecar["segments"])
