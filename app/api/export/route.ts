// GET /api/export?format=json|csv|ics|timelinejs&<filter>: the matching events as a download.
import { jsonRoute } from '@/lib/api/json-route';
import { exportFile } from '@/lib/export/export-file';
import { configuredSiteUrl } from '@/lib/export/site-url';

export const GET = jsonRoute(async (request: Request) => {
  const url = new URL(request.url);
  const file = await exportFile(url.searchParams, configuredSiteUrl());
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/api/json-route';
