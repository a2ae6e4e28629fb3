"""The phone protocol without a network: parsing, names, codes, tokens, the rate limit."""

import json
import subprocess
import sys

import pytest

from quiz.phones import protocol
from quiz.phones.protocol import Answer, Join, ProtocolError, clean_name, parse


def test_room_codes_use_only_unambiguous_letters():
    codes = {protocol.new_room_code() for _ in range(300)}
    assert len(codes) > 250   # random, not a sequence
    for code in codes:
        assert len(code) == 4
        assert set(code) <= set(protocol.CODE_LETTERS)
        assert not set(code) & set("IO01L")


def test_tokens_are_long_and_unique():
    tokens = {protocol.new_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(len(t) >= 32 for t in tokens)


@pytest.mark.parametrize("raw, shown", [
    ("Ann", "Ann"),
    ("  Bo   Diddley  ", "Bo Diddley"),
    ("\u202eevil\u202c", "evil"),                 # right-to-left override
    ("a\u2066b\u2069c", "abc"),                    # bidi isolates
    ("zero\u200bwidth", "zerowidth"),
    ("bell\x07\x00tab\tend", "belltab end"),
    ("line\nbreak\u2028x", "line break x"),
    ("见清", "见清"),
    ("<script>alert(1)</script>", "<script>alert(1)</sc"),   # kept as text, capped
    ("x" * 100, "x" * protocol.MAX_NAME),
    ("\u202e\u200b\x01", ""),
    (None, ""),
    (42, ""),
])
def test_names_are_cleaned_and_capped(raw, shown):
    assert clean_name(raw) == shown


def test_parse_accepts_the_documented_messages():
    assert parse('{"type":"join","code":" kxrt ","name":"Ann"}') == Join("KXRT", "Ann", None)
    assert parse('{"type":"join","code":"KXRT","token":"abc"}') == Join("KXRT", None, "abc")
    assert parse('{"type":"answer","question":3,"value":1}') == Answer(3, 1)
    assert parse('{"type":"answer","question":3,"value":[2,0,1]}') == Answer(3, (2, 0, 1))
    assert parse('{"type":"answer","question":3,"value":1.5}') == Answer(3, 1.5)
    assert parse('{"type":"answer","question":3,"value":"Rene Liu"}') == Answer(3, "Rene Liu")


@pytest.mark.parametrize("frame, code", [
    ("not json", "bad_json"),
    ("{", "bad_json"),
    ("[" * 100000, "bad_json"),
    ("[]", "bad_message"),
    ('"join"', "bad_message"),
    ('{"type":"join","code":"KXRT"}', "bad_message"),            # neither name nor token
    ('{"type":"join","code":5,"name":"Ann"}', "bad_message"),
    ('{"type":"join","code":"KXRT","name":["Ann"]}', "bad_message"),
    ('{"type":"answer","question":1,"value":true}', "bad_message"),
    ('{"type":"answer","question":1,"value":{"a":1}}', "bad_message"),
    ('{"type":"answer","question":1,"value":NaN}', "bad_message"),
    ('{"type":"answer","question":1,"value":-Infinity}', "bad_message"),
    ('{"type":"answer","question":1,"value":[0,true]}', "bad_message"),
    ('{"type":"answer","question":1,"value":[' + ",".join(["0"] * 17) + "]}", "bad_message"),
    ('{"type":"answer","question":1,"value":null}', "bad_message"),
    ('{"type":"answer","question":1.5,"value":1}', "bad_message"),
    ('{"type":"answer","value":1}', "bad_message"),
    ('{"type":"reveal","right":1}', "unknown_type"),
    ('{"name":"Ann"}', "unknown_type"),
    (b"\x00\x01", "binary"),
])
def test_parse_refuses_with_a_reason(frame, code):
    with pytest.raises(ProtocolError) as refused:
        parse(frame)
    assert refused.value.code == code
    message = json.loads(protocol.error(code))
    assert message == {"type": "error", "code": code, "message": protocol.ERRORS[code]}


def test_rate_limit_allows_a_burst_then_a_steady_rate():
    limit = protocol.RateLimit(burst=5, per_second=2)
    assert [limit.allow(0.0) for _ in range(7)] == [True] * 5 + [False] * 2
    assert not limit.allow(0.4)
    assert limit.allow(0.6)          # 0.6 s at 2 a second refilled one
    assert not limit.allow(0.6)
    assert [limit.allow(100.0) for _ in range(6)] == [True] * 5 + [False]   # never more than the burst


def test_the_phone_package_never_imports_pygame():
    code = ("import sys; import quiz.phones.server, quiz.phones.hub, quiz.phones.qr, quiz.phones.looks; "
            "print('pygame' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
