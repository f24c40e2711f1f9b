/** A quote that reads as someone's whole sentence rather than a phrase. */
export function isStatement(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return (/^\p{Lu}/u.test(text.trim()) && words >= 5) || (/[.!?,]$/.test(text.trim()) && words >= 4);
}
