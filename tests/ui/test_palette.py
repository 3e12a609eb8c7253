from cxdesigner.canvas.editing_scene import PALETTE_MIME
from cxdesigner.editor.commands import AddItemCommand, RemoveItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Channel
from cxdesigner.ui.palette import Palette


def test_palette_lists_touchpoint_and_channels_and_follows_changes(qtbot):
    document = Document(load_template("hotel"))
    palette = Palette()
    qtbot.addWidget(palette)
    palette.follow(document)
    channels = document.project.channels
    assert [palette.item(i).text() for i in range(palette.count())] == ["Touchpoint", *(c.name for c in channels)]
    data = palette.mimeData([palette.item(1)])
    assert bytes(data.data(PALETTE_MIME)).decode() == channels[0].id
    assert bytes(palette.mimeData([palette.item(0)]).data(PALETTE_MIME)) == b""
    chat = Channel(name="Chat")
    document.push(AddItemCommand(document.project, chat))
    assert palette.item(palette.count() - 1).text() == "Chat"
    document.push(RemoveItemCommand(document.project, chat.id))
    assert palette.count() == 1 + len(channels)
