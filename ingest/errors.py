"""The error users can cause, with the place it happened."""


class ImportFailed(Exception):
    """A file (or a row in it) that cannot be imported. The message names file, sheet, row and field."""

    def __init__(self, file_name, message, sheet=None, row=None, field=None):
        self.file_name = file_name
        self.message = message
        self.sheet = sheet
        self.row = row
        self.field = field
        super().__init__(self.where() + message)

    def __reduce__(self):  # travels back from worker processes intact
        return (type(self), (self.file_name, self.message, self.sheet, self.row, self.field))

    def where(self) -> str:
        parts = [f"文件“{self.file_name}”"]
        if self.sheet:
            parts.append(f"工作表“{self.sheet}”")
        if self.row:
            parts.append(f"第 {self.row} 行")
        if self.field:
            parts.append(f"列“{self.field}”")
        return "，".join(parts) + "："
