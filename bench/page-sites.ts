import type { DB } from '../src/index/db.js';
import type { UploadSites } from '../src/mirror/uploads.js';
import type { ConvertOptions } from '../src/engine/types.js';

/**
 * Each page's site as a mirror worker has it: that of the file the index gives the page (its
 * uploads' host). A title the index has no target for is an error: the bench's pages are all in
 * the mirror it converts them on.
 */
export function pageSites(db: DB, uploadSites: UploadSites): (title: string) => ConvertOptions['site'] {
  const fileStmt = db.prepare('SELECT file FROM targets WHERE title = ?');
  return (title) => {
    const row = fileStmt.get(title) as { file: string } | undefined;
    if (!row) throw new Error(`not in the mirror's index: ${title}`);
    return uploadSites.forFile(row.file);
  };
}
