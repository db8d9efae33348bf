"""`calf-coach` with no command starts the app at once; anything else is the command line's."""

from __future__ import annotations

import pytest

from coach.start import main


@pytest.mark.parametrize("args", [["--home", "--help"], ["--home"]])
def test_an_option_where_the_home_folder_goes_is_refused_by_the_command_line(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    assert "--home" in capsys.readouterr().err
