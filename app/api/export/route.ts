// GET /api/export?format=json|csv|ics|timelinejs&<filter>: the matching events as a download.
import { jsonRoute } from '@/lib/api/json-route';
import { exportFile } from '@/lib/export/export-file';

/** The API wrapper turning an error into its JSON answer, so a failed export answers like every route. */
const errorResponse = jsonRoute<unknown>(async (_request, error) => {
  throw error;
});

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const file = await exportFile(url.searchParams, url.origin);
    return new Response(file.body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(request, error);
  }
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/api/json-route';
