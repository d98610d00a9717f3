"""Audio and video played from memory, where Qt Multimedia is installed.

Qt Multimedia is in PySide6-Addons (not PySide6-Essentials) and needs the
system's libpulse0 on Linux. Where it is there, the decrypted file is played
from a QBuffer (``QMediaPlayer.setSourceDevice``): nothing is written to
disk. Where it is not, ``HAVE_QTMULTIMEDIA`` is False and the preview pane
offers an (unencrypted) extract to play instead.

The player, its audio output and its video widget are made when a recording
is first loaded, not with the pane: making them starts Qt Multimedia's
FFmpeg back end, which costs time and fills the log with what it could not
load (VA-API and the like) on every Evidence tab that never plays anything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

try:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

    HAVE_QTMULTIMEDIA = True
except ImportError:  # pragma: no cover - depends on the installed wheels and libraries
    HAVE_QTMULTIMEDIA = False


def clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class MemoryPlayer(QWidget):
    """Plays one recording held in memory; ``stop_and_drop`` forgets it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Recording player"))
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self._player: Any = None
        self._audio: Any = None

        # Where the video appears; the QVideoWidget itself comes with the player.
        self.video = QWidget()
        self.video.setAccessibleName(self.tr("Video"))
        self._video_layout = QVBoxLayout(self.video)
        self._video_layout.setContentsMargins(0, 0, 0, 0)
        self._video_output: Any = None
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facts.setAccessibleName(self.tr("Recording details"))

        self.play_button = QPushButton()
        self.play_button.setAccessibleName(self.tr("Play or pause"))
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setText(self.tr("Play"))
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setAccessibleName(self.tr("Position in the recording"))
        self.position.setRange(0, 0)
        self.position.sliderMoved.connect(self._seek)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setAccessibleName(self.tr("Time"))

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.facts, 1)  # audio: the facts fill the space a video would
        layout.addLayout(controls)

    # --- what the preview pane calls -----------------------------------------------------

    def load(self, data: bytes, facts: str, *, video: bool) -> None:
        self.stop_and_drop()
        self._ensure_player()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.video.setVisible(video)
        self.facts.setText(facts)
        self.facts.setVisible(not video)
        # No URL: a file name would only be a hint to the demuxer, which finds
        # the format from the bytes, and no path of any kind is handed over.
        self._player.setSourceDevice(self._buffer, QUrl())

    def stop_and_drop(self) -> None:
        if self._player is not None:
            self._player.stop()
            self._player.setSourceDevice(None)
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        if self._bytes is not None:
            self._bytes.clear()
            self._bytes = None
        self.position.setRange(0, 0)
        self.time_label.setText("0:00 / 0:00")
        self._show_state(False)

    @property
    def loaded(self) -> bool:
        return self._bytes is not None

    @property
    def player(self) -> Any:
        return self._player

    def toggle(self) -> None:
        if self._player is None or self._bytes is None:
            return
        if self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self._player.pause()
        else:
            self._player.play()

    # --- internals ----------------------------------------------------------------------

    def _ensure_player(self) -> None:
        if self._player is not None:
            return
        self._video_output = QVideoWidget(self.video)
        self._video_output.setAccessibleName(self.tr("Video"))
        self._video_layout.addWidget(self._video_output)
        self._player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        self._player.setAudioOutput(self._audio)
        self._player.setVideoOutput(self._video_output)
        self._player.durationChanged.connect(self._on_duration)
        self._player.positionChanged.connect(self._on_position)
        self._player.playbackStateChanged.connect(
            lambda state: self._show_state(state == QMediaPlayer.PlaybackState.PlayingState)
        )

    def _show_state(self, playing: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _on_duration(self, ms: int) -> None:
        self.position.setRange(0, max(0, ms))
        self._on_position(self._player.position() if self._player is not None else 0)

    def _on_position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(ms)
        self.time_label.setText(f"{clock(ms)} / {clock(self.position.maximum())}")

    def _seek(self, ms: int) -> None:
        if self._player is not None:
            self._player.setPosition(ms)
