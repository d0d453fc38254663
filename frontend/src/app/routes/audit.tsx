import { ContentLayout } from '@/components/ui/content-layout';
import { AuditLog } from '@/features/audit/components/audit-log';

export function AuditRoute() {
  return (
    <ContentLayout title="Audit log" description="Every change, who made it, and why.">
      <AuditLog />
    </ContentLayout>
  );
}
