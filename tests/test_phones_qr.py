"""The lobby's QR code: the matrix segno makes from exactly the join address."""

import segno

from quiz.phones.qr import qr_code

URL = "http://192.168.1.20:53117/#KXRT"


def finder_at(rows, top, left):
    """The 7x7 square-in-a-square every QR code has in three corners."""
    for r in range(7):
        for c in range(7):
            ring = max(abs(r - 3), abs(c - 3))
            if rows[top + r][left + c] != (ring != 2):
                return False
    return True


def test_the_matrix_is_segnos_code_for_exactly_the_join_address():
    code = qr_code(URL)
    assert code.text == URL
    assert code.rows == tuple(tuple(bool(v) for v in row) for row in segno.make_qr(URL, error="m").matrix)
    assert code.rows != qr_code(URL.replace("KXRT", "KXRS")).rows
    assert code.rows != qr_code(URL.replace(".20:", ".21:")).rows


def test_the_matrix_is_square_with_its_version_size_and_the_right_way_up():
    code = qr_code(URL)
    assert all(isinstance(cell, bool) for row in code.rows for cell in row)
    assert code.size == 17 + 4 * code.version and all(len(row) == code.size for row in code.rows)
    assert 1 <= code.version <= 4          # small enough to read across a room
    n = code.size
    assert finder_at(code.rows, 0, 0) and finder_at(code.rows, 0, n - 7) and finder_at(code.rows, n - 7, 0)
    assert not finder_at(code.rows, n - 7, n - 7)   # the fourth corner has none: the code is not flipped


def test_a_longer_address_needs_a_bigger_version():
    short = qr_code("http://10.0.0.2:8000/#ABCD")
    longer = qr_code("http://[fd12:3456:789a:1::1]:65535/#ABCD" + "/" * 40)
    assert longer.version > short.version and longer.size > short.size
