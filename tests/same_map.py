"""Two projects compared as a person reads them: the same content, whatever their ids."""

from cxdesigner.interchange.json_form import to_json_dict


def without_ids(project) -> dict:
    """The project's JSON with each id replaced by the order it first appears in (and no project id)."""
    document = to_json_dict(project)["project"]
    ids: dict[str, str] = {}

    def collect(node):
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                ids.setdefault(node["id"], f"#{len(ids)}")
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    def swap(node):
        if isinstance(node, dict):
            return {k: swap(v) for k, v in node.items()}
        if isinstance(node, list):
            return [swap(v) for v in node]
        return ids.get(node, node) if isinstance(node, str) else node

    collect(document)
    document = swap(document)
    document.pop("id")
    return document
