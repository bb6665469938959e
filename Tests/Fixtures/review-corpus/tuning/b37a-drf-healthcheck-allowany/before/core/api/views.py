from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from rest_framework import generics, mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.permissions import IsProjectMember, IsProjectOwner
from core.api.serializers import MembershipSerializer, ProjectSerializer, TaskSerializer
from core.models import Membership, Project, Task


class ProjectViewSet(viewsets.ModelViewSet):
    serializer_class = ProjectSerializer
    permission_classes = [permissions.IsAuthenticated, IsProjectMember]

    def get_queryset(self):
        return (
            Project.objects.filter(memberships__user=self.request.user)
            .annotate(open_tasks=Count("tasks", filter=Q(tasks__done=False)))
            .order_by("name")
        )

    def get_permissions(self):
        if self.action in ("destroy", "members"):
            return [permissions.IsAuthenticated(), IsProjectOwner()]
        return super().get_permissions()

    def perform_create(self, serializer):
        project = serializer.save(created_by=self.request.user)
        Membership.objects.create(project=project, user=self.request.user, role=Membership.Role.OWNER)

    @action(detail=True, methods=["get", "post"])
    def members(self, request, pk=None):
        project = self.get_object()
        if request.method == "POST":
            serializer = MembershipSerializer(data=request.data, context={"project": project})
            serializer.is_valid(raise_exception=True)
            serializer.save(project=project)
        return Response(MembershipSerializer(project.memberships.select_related("user"), many=True).data)


class TaskViewSet(mixins.ListModelMixin, mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet):
    serializer_class = TaskSerializer
    permission_classes = [permissions.IsAuthenticated, IsProjectMember]

    def get_queryset(self):
        project = get_object_or_404(Project, pk=self.kwargs["project_pk"], memberships__user=self.request.user)
        return project.tasks.order_by("done", "-priority", "created_at")

    def perform_create(self, serializer):
        project = get_object_or_404(Project, pk=self.kwargs["project_pk"], memberships__user=self.request.user)
        serializer.save(project=project, created_by=self.request.user)
