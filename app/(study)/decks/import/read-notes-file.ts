/** Reads an uploaded file as UTF-8 text, refusing binary files and files over the size limit. */
export async function readNotesFile(file: File, maxBytes: number): Promise<{ text: string } | { error: string }> {
  if (file.size > maxBytes) {
    return { error: `${file.name} is ${Math.ceil(file.size / 1000)} KB; the limit is ${maxBytes / 1000} KB. Split it into smaller files.` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) return { error: `${file.name} looks like a binary file, not text: upload Markdown (.md) or plain text (.txt).` };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { error: `${file.name} is not UTF-8 text: save it as UTF-8 Markdown or plain text and upload it again.` };
  }
}
